package cn.sangang.post.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostAssessed;
import cn.sangang.events.post.PostAwarded;
import cn.sangang.events.post.PostKind;
import cn.sangang.events.post.PostRevoked;
import cn.sangang.events.post.PostRevoked.Cause;
import cn.sangang.platform.code.PublicCodes;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.problem.ProblemMessages;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.post.post.PostApi.NewAssessment;
import cn.sangang.post.post.PostApi.NewNomination;
import cn.sangang.post.post.domain.Assessment;
import cn.sangang.post.post.domain.Nomination;
import cn.sangang.post.post.domain.Plaque;
import cn.sangang.post.post.domain.Post;
import cn.sangang.post.post.domain.PostStatus;
import cn.sangang.post.post.domain.Revocation;
import cn.sangang.post.post.domain.Standard;
import cn.sangang.post.post.domain.Verdict;
import cn.sangang.post.roster.Roster;

/**
 * Everything that happens to a model post: each step loads the post, lets it decide by its rules, and keeps it in
 * one write with its audit entry and events. Also what the screens and the public page read of posts.
 */
@Service
class PostService {

    private final PostRepository posts;
    private final MongoOperations mongo;
    private final Roster roster;
    private final ChangeRecorder recorder;
    private final AssessmentSettingsService settings;
    private final SatisfactionRepository satisfaction;

    PostService(PostRepository posts, MongoOperations mongo, Roster roster, ChangeRecorder recorder,
            AssessmentSettingsService settings, SatisfactionRepository satisfaction) {
        this.posts = posts;
        this.mongo = mongo;
        this.roster = roster;
        this.recorder = recorder;
        this.settings = settings;
        this.satisfaction = satisfaction;
    }

    Post nominate(Caller caller, NewNomination request) {
        String bureau = caller.bureauAs(Role.SECRETARY, Role.LEADER, Role.UNIT_HEAD);
        Nomination.requireComplete(request.kind(), request.holderPersonNo(), request.unitCode(), request.statements());
        String id = new ObjectId().toHexString();
        Post post;
        if (request.kind() == PostKind.INDIVIDUAL) {
            Nomination.Person holder = person(request.holderPersonNo());
            post = Post.nominateIndividual(id, bureau, request.title(), holder, request.statements(),
                    toPosts(posts.findByBureauIdAndHolderPersonNo(bureau, holder.personNo())));
        } else {
            Nomination.Unit unit = unit(request.unitCode());
            post = Post.nominateCollective(id, bureau, request.title(), unit, request.statements(),
                    toPosts(posts.findByBureauIdAndUnitCode(bureau, unit.unitCode())));
        }
        return insert(post, caller, null);
    }

    /**
     * An individual nomination of the demo data, by the API's rules; its holder as the demo seed tells it, since
     * zone-service is asked only on behalf of a signed-in caller.
     */
    Post nominateForDemo(Caller secretary, Nomination.Person holder, String title, Map<Standard, String> statements) {
        String bureau = secretary.bureau();
        Post post = Post.nominateIndividual(new ObjectId().toHexString(), bureau, title, holder, statements,
                toPosts(posts.findByBureauIdAndHolderPersonNo(bureau, holder.personNo())));
        return insert(post, secretary, "演示数据");
    }

    private Post insert(Post post, Caller caller, String reason) {
        PostDocument document = PostDocument.of(post);
        recorder.audit(document, caller, "post.nominated", reason, "提名" + post.title());
        posts.insert(document);
        return post;
    }

    Post recordResolution(Caller caller, String postId, String resolutionNo, LocalDate meetingDate) {
        String bureau = caller.bureauAs(Role.LEADER);
        PostDocument document = document(bureau, postId);
        Post post = document.toPost();
        Nomination.Unit unit = post.kind() == PostKind.COLLECTIVE ? unit(post.unitCode()) : null;
        String member = caller.member();
        refusingOwn(document, post, caller, "确定", () -> post.establishByResolution(caller.memberId(), unit,
                resolutionNo, meetingDate, member, recorder.now()));
        recorder.audit(document, caller, "post.established", "局务会决议 " + resolutionNo, "确定集体示范岗 " + post.title());
        return save(document, post);
    }

    /**
     * The result of an election: winners established as of {@code closedAt}, the others not elected; a candidate
     * already decided is left as it is.
     */
    void applyElectionResult(String bureau, String electionId, List<String> candidates, List<String> winners, Caller by,
            Instant closedAt) {
        for (String id : candidates) {
            PostDocument document = posts.findByBureauIdAndId(bureau, id).orElse(null);
            Post post = document == null ? null : document.toPost();
            if (post == null || post.status() != PostStatus.NOMINATED) {
                continue;
            }
            if (winners.contains(id)) {
                post.establishByElection(electionId, by.memberId(), closedAt);
                recorder.audit(document, by, "post.established", "民主推选 " + electionId, "当选示范岗 " + post.title());
            } else {
                post.notElected();
                recorder.audit(document, by, "post.not-elected", "民主推选 " + electionId, "未当选 " + post.title());
            }
            save(document, post);
        }
    }

    Post awardPlaque(Caller caller, String postId, String plaqueNo, LocalDate awardedOn, String place) {
        String bureau = caller.bureauAs(Role.LEADER);
        PostDocument document = document(bureau, postId);
        Post post = document.toPost();
        // Refused here, before the roster is asked and a plaque number is taken for a post that may not have one.
        post.requireAwardable(awardedOn);
        Nomination.Nominee nominee = post.kind() == PostKind.INDIVIDUAL
                ? person(post.holderPersonNo())
                : unit(post.unitCode());
        String code = newPlaqueCode();
        Plaque plaque = refusingOwn(document, post, caller, "授牌",
                () -> post.award(caller.memberId(), nominee, plaqueNo, code, awardedOn, place));
        recorder.audit(document, caller, "post.awarded", null, "授牌 " + plaqueNo);
        recorder.publish(document, EventTypes.POST_AWARDED, new PostAwarded(post.id(), post.kind(), post.title(),
                post.holderPersonNo(), post.unitCode(), plaque.no(), plaque.code(), plaque.awardedOn()));
        try {
            mongo.insert(new PlaqueNumberDocument(PlaqueNumberDocument.id(bureau, plaqueNo), post.id()));
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("post.plaque-number-taken", Map.of("plaqueNo", plaqueNo));
        }
        return save(document, post);
    }

    Post assess(Caller caller, String postId, NewAssessment request) {
        String bureau = caller.bureauAs(Role.LEADER);
        PostDocument document = document(bureau, postId);
        Post post = document.toPost();
        // Refused here, before the roster is asked for a collective post's unit.
        post.requireTitled();
        List<String> unitPeople = unitPeople(post);
        String member = caller.member();
        Verdict verdict = new Verdict(request.quarter(), request.result(), request.findings(), request.remedy(),
                request.deadline());
        Assessment assessment = refusingOwn(document, post, caller, "考核", () -> post.assess(caller.memberId(),
                unitPeople, verdict, settings.of(bureau).rules(), reported(bureau, post.id()), member, recorder.now()));
        recorder.audit(document, caller, "post.assessed", request.findings(),
                assessment.quarter() + " " + assessment.result() + " " + assessment.remedy());
        recorder.publish(document, EventTypes.POST_ASSESSED,
                new PostAssessed(post.id(), post.kind(), post.holderPersonNo(), post.unitCode(), assessment.quarter(),
                        assessment.result(), assessment.remedy(), member));
        if (post.status() == PostStatus.REVOKED) {
            announceRevocation(document, post, caller);
        }
        return save(document, post);
    }

    /** The satisfaction reported for the post by quarter, where it has answers, to be frozen into an assessment. */
    private Map<String, Assessment.Basis> reported(String bureau, String postId) {
        return satisfaction.findByBureauIdAndTargetId(bureau, postId).stream().filter(r -> r.answers() > 0)
                .collect(Collectors.toMap(SatisfactionDocument::quarter,
                        r -> new Assessment.Basis(r.answers(), r.ratePercent(), r.reportedAt()), (a, b) -> a));
    }

    Post closeRectification(Caller caller, String postId, String quarter, String note) {
        String bureau = caller.bureauAs(Role.LEADER, Role.SECRETARY);
        PostDocument document = document(bureau, postId);
        Post post = document.toPost();
        List<String> unitPeople = unitPeople(post);
        String member = caller.member();
        refusingOwn(document, post, caller, "确认整改",
                () -> post.closeRectification(caller.memberId(), unitPeople, quarter, note, member, recorder.now()));
        recorder.audit(document, caller, "post.rectified", note, quarter + " 整改完成");
        return save(document, post);
    }

    Post veto(Caller caller, String postId, Cause cause, String facts) {
        String bureau = caller.bureauAs(Role.LEADER);
        PostDocument document = document(bureau, postId);
        Post post = document.toPost();
        post.veto(cause, facts, caller.memberId(), recorder.now());
        announceRevocation(document, post, caller);
        return save(document, post);
    }

    /** A holder who left the bureau or the Party: their nomination is withdrawn, their post revoked. */
    void holderLeft(String bureau, String personNo, String because) {
        Caller roster = rosterCaller(bureau);
        for (PostDocument document : posts.findByBureauIdAndHolderPersonNo(bureau, personNo)) {
            Post post = document.toPost();
            if (!post.holderLeft(because, roster.memberId(), recorder.now())) {
                continue;
            }
            if (post.status() == PostStatus.WITHDRAWN) {
                recorder.audit(document, roster, "post.withdrawn", because, "提名撤回 " + post.title());
            } else {
                announceRevocation(document, post, roster);
            }
            save(document, post);
        }
    }

    /** A non-member now works in a unit: its established collective post is flagged for the leadership. */
    void nonMemberInUnit(String bureau, String unitCode, String concern) {
        for (PostDocument document : posts.findByBureauIdAndUnitCode(bureau, unitCode)) {
            Post post = document.toPost();
            if (post.nonMemberInUnit(concern)) {
                recorder.audit(document, rosterCaller(bureau), "post.flagged", concern, concern);
                save(document, post);
            }
        }
    }

    private static Caller rosterCaller(String bureau) {
        return new Caller(bureau, "roster", Set.of());
    }

    private void announceRevocation(PostDocument document, Post post, Caller caller) {
        Revocation revocation = post.revocation();
        recorder.audit(document, caller, revocation.cause().veto() ? "post.vetoed" : "post.revoked", revocation.facts(),
                "撤销示范岗 " + post.title() + "（" + revocation.cause() + "），收回标牌");
        recorder.publish(document, EventTypes.POST_REVOKED,
                new PostRevoked(post.id(), post.kind(), post.holderPersonNo(), post.unitCode(), revocation.cause(),
                        revocation.at(), revocation.quarter(), revocation.by()));
    }

    /**
     * Takes a step that refuses a caller who holds the post, leaving a record of the attempt: the post itself is
     * unchanged, so the write carries the audit entry alone.
     */
    private <T> T refusingOwn(PostDocument document, Post post, Caller caller, String act, Supplier<T> step) {
        try {
            return step.get();
        } catch (ForbiddenException refused) {
            recorder.audit(document, caller, "post.refused",
                    ProblemMessages.detail(refused.code(), refused.args(), ProblemMessages.CHINESE),
                    "拒绝" + act + "本人所在的示范岗 " + post.title());
            posts.save(document);
            throw refused;
        }
    }

    private Post save(PostDocument document, Post post) {
        document.keep(post);
        posts.save(document);
        return post;
    }

    private Nomination.Person person(String personNo) {
        Roster.Person p = roster.person(personNo);
        return new Nomination.Person(p.personNo(), p.name(), p.partyMember(), p.active(), p.unitCode(), p.unitName());
    }

    private Nomination.Unit unit(String unitCode) {
        Roster.Unit u = roster.unit(unitCode);
        return new Nomination.Unit(u.unitCode(), u.unitName(), u.people());
    }

    /** Those now working in a collective post's unit, as the roster tells; none for an individual post. */
    private List<String> unitPeople(Post post) {
        return post.kind() == PostKind.COLLECTIVE ? unit(post.unitCode()).personNos() : List.of();
    }

    Post post(String bureau, String postId) {
        return document(bureau, postId).toPost();
    }

    private PostDocument document(String bureau, String postId) {
        return posts.findByBureauIdAndId(bureau, postId)
                .orElseThrow(() -> new NotFoundException("post.not-found", Map.of("postId", postId)));
    }

    /** The bureau's posts by title: all, or those of one status. */
    List<Post> list(String bureau, PostStatus status) {
        return toPosts(status == null
                ? posts.findByBureauIdOrderByTitle(bureau)
                : posts.findByBureauIdAndStatusOrderByTitle(bureau, status));
    }

    /** As {@link #list}, streamed from the store for a register that grows year after year; close it when done. */
    Stream<Post> register(String bureau, PostStatus status) {
        return (status == null
                ? posts.streamByBureauIdOrderByTitle(bureau)
                : posts.streamByBureauIdAndStatusOrderByTitle(bureau, status)).map(PostDocument::toPost);
    }

    /** The post whose plaque has the public {@code code}. */
    Post byPlaqueCode(String code) {
        return posts.findByPlaqueCode(code).map(PostDocument::toPost)
                .orElseThrow(() -> new NotFoundException("post.plaque-not-found", Map.of("code", code)));
    }

    /** The bureau's public board: posts that hold their title or lost it, by title. */
    List<Post> board(String bureau) {
        return toPosts(
                posts.findByBureauIdAndStatusInOrderByTitle(bureau, List.of(PostStatus.AWARDED, PostStatus.REVOKED)));
    }

    /** What evaluation-service reported of the bureau's posts, or of one post, by quarter. */
    List<SatisfactionDocument> satisfaction(String bureau) {
        return satisfaction.findByBureauId(bureau);
    }

    List<SatisfactionDocument> satisfaction(String bureau, String postId) {
        return satisfaction.findByBureauIdAndTargetId(bureau, postId);
    }

    LocalDate today() {
        return LocalDate.ofInstant(recorder.now(), Quarter.BUREAU_TIME);
    }

    private static List<Post> toPosts(List<PostDocument> documents) {
        return documents.stream().map(PostDocument::toPost).toList();
    }

    private String newPlaqueCode() {
        return PublicCodes.next("PQ", code -> posts.findByPlaqueCode(code).isPresent());
    }
}
