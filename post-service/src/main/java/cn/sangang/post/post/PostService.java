package cn.sangang.post.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Service;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostAssessed;
import cn.sangang.events.post.PostAssessed.Remedy;
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
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.post.post.PostApi.NewAssessment;
import cn.sangang.post.post.PostApi.NewNomination;
import cn.sangang.post.post.domain.Assessments;
import cn.sangang.post.post.domain.Nomination;
import cn.sangang.post.post.domain.OwnPost;
import cn.sangang.post.post.domain.Plaques;
import cn.sangang.post.roster.Roster;

/** Everything that happens to a model post, each change one write with its audit entry and events. */
@Service
class PostService {


    private final PostRepository posts;
    private final MongoOperations mongo;
    private final Roster roster;
    private final ChangeRecorder recorder;
    private final AssessmentSettings settings;
    private final SatisfactionRepository satisfaction;

    PostService(PostRepository posts, MongoOperations mongo, Roster roster, ChangeRecorder recorder,
                AssessmentSettings settings, SatisfactionRepository satisfaction) {
        this.posts = posts;
        this.mongo = mongo;
        this.roster = roster;
        this.recorder = recorder;
        this.settings = settings;
        this.satisfaction = satisfaction;
    }

    PostDocument nominate(Caller caller, NewNomination request) {
        String bureau = caller.bureauAs(Role.SECRETARY, Role.LEADER, Role.UNIT_HEAD);
        Nomination.requireEveryStandardAnswered(request.statements());
        PostDocument post;
        if (request.kind() == PostKind.INDIVIDUAL) {
            if (request.holderPersonNo() == null) {
                throw new RuleViolationException("post.holder-missing");
            }
            Roster.Person holder = roster.person(request.holderPersonNo());
            Nomination.requireIndividualIsPartyMember(request.kind(), holder.personNo(), holder.partyMember(), holder.active());
            requireNoLivePost(posts.findByBureauIdAndHolderPersonNo(bureau, holder.personNo()), holder.name());
            post = new PostDocument(bureau, PostKind.INDIVIDUAL, request.title().strip(), holder.personNo(), holder.name(),
                holder.unitCode(), holder.unitName(), request.statements());
        } else {
            if (request.unitCode() == null || request.holderPersonNo() != null) {
                throw new RuleViolationException("post.collective-needs-unit");
            }
            Roster.Unit unit = roster.unit(request.unitCode());
            Nomination.requireAllPartyMembers(unit.unitCode(), unit.people());
            requireNoLivePost(posts.findByBureauIdAndUnitCode(bureau, unit.unitCode()).stream()
                .filter(p -> p.kind() == PostKind.COLLECTIVE).toList(), unit.unitName());
            post = new PostDocument(bureau, PostKind.COLLECTIVE, request.title().strip(), null, null, unit.unitCode(),
                unit.unitName(), request.statements());
        }
        recorder.audit(post, caller, "post.nominated", null, "提名" + post.title());
        return posts.insert(post);
    }

    PostDocument recordResolution(Caller caller, String postId, String resolutionNo, LocalDate meetingDate) {
        String bureau = caller.bureauAs(Role.LEADER);
        PostDocument post = post(bureau, postId);
        if (post.kind() != PostKind.COLLECTIVE) {
            throw new ConflictException("post.individual-by-election");
        }
        if (meetingDate.isAfter(today())) {
            throw new RuleViolationException("post.meeting-in-future");
        }
        Roster.Unit unit = roster.unit(post.unitCode());
        requireNotOwn(caller, post, unit, "确定");
        Nomination.requireAllPartyMembers(unit.unitCode(), unit.people());
        post.establish(new PostDocument.Establishment(null, resolutionNo.strip(), meetingDate, caller.member(), recorder.now()));
        recorder.audit(post, caller, "post.established", "局务会决议 " + resolutionNo, "确定集体示范岗 " + post.title());
        return posts.save(post);
    }

    PostDocument awardPlaque(Caller caller, String postId, String plaqueNo, LocalDate awardedOn, String place) {
        String bureau = caller.bureauAs(Role.LEADER);
        PostDocument post = post(bureau, postId);
        // Refused here, before a plaque number is taken for a post that may not have one.
        post.status().award();
        Plaques.requireAwardedAfterEstablishment(awardedOn, post.establishedOn());
        if (post.kind() == PostKind.INDIVIDUAL) {
            requireNotOwn(caller, post, null, "授牌");
            Roster.Person holder = roster.person(post.holderPersonNo());
            Nomination.requireIndividualIsPartyMember(post.kind(), holder.personNo(), holder.partyMember(), holder.active());
        } else {
            Roster.Unit unit = roster.unit(post.unitCode());
            requireNotOwn(caller, post, unit, "授牌");
            Nomination.requireAllPartyMembers(unit.unitCode(), unit.people());
        }
        String hangsAt = place != null ? place.strip()
            : post.kind() == PostKind.INDIVIDUAL ? "办公室内" : "单位门口";
        String code = newPlaqueCode();
        post.award(new PostDocument.Plaque(plaqueNo, code, awardedOn, hangsAt, null, null));
        recorder.audit(post, caller, "post.awarded", null, "授牌 " + plaqueNo);
        recorder.publish(post, EventTypes.POST_AWARDED, new PostAwarded(post.getId(), post.kind(), post.title(),
            post.holderPersonNo(), post.unitCode(), plaqueNo, code, awardedOn));
        try {
            mongo.insert(new PlaqueNumberDocument(PlaqueNumberDocument.id(bureau, plaqueNo), post.getId()));
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("post.plaque-number-taken", Map.of("plaqueNo", plaqueNo));
        }
        return posts.save(post);
    }

    PostDocument assess(Caller caller, String postId, NewAssessment request) {
        String bureau = caller.bureauAs(Role.LEADER);
        PostDocument post = post(bureau, postId);
        post.status().requireTitled();
        requireNotOwn(caller, post, "考核");
        Quarter quarter = Assessments.quarter(request.quarter());
        PostApi.AssessmentSettings rules = settings.of(bureau);
        Assessments.requireAssessable(quarter, today(), rules.assessWithinLastDays(),
            post.plaque() == null ? null : post.plaque().awardedOn(), post.assessedQuarters());
        Assessments.requireRemedy(request.result(), request.remedy(), request.deadline(), today());
        PostDocument.Basis basis = basis(bureau, post.getId(), quarter);
        Assessments.requirePassBasis(request.result(),
            basis == null ? null : new Assessments.Basis(basis.answers(), basis.ratePercent()),
            rules.minAnswers(), rules.minRate());
        Instant now = recorder.now();
        post.assess(new PostDocument.Assessment(quarter.toString(), request.result(), request.findings().strip(),
            request.remedy(), request.remedy() == Remedy.RECTIFY ? request.deadline() : null, caller.member(), now,
            null, null, null, basis));
        recorder.audit(post, caller, "post.assessed", request.findings(), quarter + " " + request.result() + " " + request.remedy());
        recorder.publish(post, EventTypes.POST_ASSESSED, new PostAssessed(post.getId(), post.kind(), post.holderPersonNo(),
            post.unitCode(), quarter.toString(), request.result(), request.remedy(), caller.member()));
        if (request.remedy() == Remedy.ADJUST) {
            revoke(post, caller, Cause.ADJUSTMENT, request.findings());
        }
        return posts.save(post);
    }

    /** The quarter's satisfaction as last reported, to be frozen into the assessment; null without answers. */
    private PostDocument.Basis basis(String bureau, String postId, Quarter quarter) {
        return satisfaction.findByBureauIdAndTargetId(bureau, postId).stream()
            .filter(r -> r.quarter().equals(quarter.toString()) && r.answers() > 0).findFirst()
            .map(r -> new PostDocument.Basis(r.answers(), r.ratePercent(), r.reportedAt())).orElse(null);
    }

    PostDocument closeRectification(Caller caller, String postId, String quarter, String note) {
        String bureau = caller.bureauAs(Role.LEADER, Role.SECRETARY);
        PostDocument post = post(bureau, postId);
        requireNotOwn(caller, post, "确认整改");
        post.closeRectification(quarter, recorder.now(), caller.member(), note.strip());
        recorder.audit(post, caller, "post.rectified", note, quarter + " 整改完成");
        return posts.save(post);
    }

    PostDocument veto(Caller caller, String postId, Cause cause, String facts) {
        String bureau = caller.bureauAs(Role.LEADER);
        if (!cause.veto()) {
            throw new RuleViolationException("post.not-a-veto-cause", Map.of("cause", cause.name()));
        }
        PostDocument post = post(bureau, postId);
        revoke(post, caller, cause, facts.strip());
        return posts.save(post);
    }

    /** The holder left the bureau or the Party: an individual post loses its title at once. */
    void revokeForHolder(PostDocument post, String because) {
        Caller roster = new Caller(post.getBureauId(), "roster", Set.of());
        revoke(post, roster, Cause.HOLDER_LEFT, because);
        posts.save(post);
    }

    void flag(PostDocument post, String concern) {
        if (post.flags().contains(concern)) {
            return;
        }
        post.flag(concern);
        recorder.audit(post, new Caller(post.getBureauId(), "roster", Set.of()), "post.flagged", concern, concern);
        posts.save(post);
    }

    private void revoke(PostDocument post, Caller caller, Cause cause, String facts) {
        Instant now = recorder.now();
        String quarter = Quarter.of(today()).toString();
        post.revoke(new PostDocument.Revocation(cause, facts, now, caller.memberId(), quarter));
        recorder.audit(post, caller, cause.veto() ? "post.vetoed" : "post.revoked", facts,
            "撤销示范岗 " + post.title() + "（" + cause + "），收回标牌");
        recorder.publish(post, EventTypes.POST_REVOKED, new PostRevoked(post.getId(), post.kind(), post.holderPersonNo(),
            post.unitCode(), cause, now, quarter, caller.memberId()));
    }

    /** As {@link #requireNotOwn(Caller, PostDocument, Roster.Unit, String)}, asking the roster for a collective post's unit. */
    private void requireNotOwn(Caller caller, PostDocument post, String act) {
        requireNotOwn(caller, post, post.kind() == PostKind.COLLECTIVE ? roster.unit(post.unitCode()) : null, act);
    }

    /**
     * Refuses a caller who holds the post, leaving a record of the attempt: the post itself is unchanged, so the
     * write carries the audit entry alone.
     */
    private void requireNotOwn(Caller caller, PostDocument post, Roster.Unit unit, String act) {
        List<String> unitPeople = unit == null ? List.of()
            : unit.people().stream().map(Nomination.UnitMember::personNo).toList();
        try {
            OwnPost.requireNotHeldBy(caller.memberId(), post.kind(), post.holderPersonNo(), unitPeople);
        } catch (ForbiddenException refused) {
            recorder.audit(post, caller, "post.refused",
                ProblemMessages.detail(refused.code(), refused.args(), ProblemMessages.CHINESE),
                "拒绝" + act + "本人所在的示范岗 " + post.title());
            posts.save(post);
            throw refused;
        }
    }

    private static void requireNoLivePost(List<PostDocument> existing, String who) {
        existing.stream().filter(p -> p.status().live()).findFirst().ifPresent(p -> {
            throw new ConflictException("post.already-live", Map.of("who", who, "title", p.title()));
        });
    }

    /** A nominee who left the bureau or the Party no longer stands. */
    void withdraw(PostDocument post, String because) {
        post.withdraw();
        recorder.audit(post, new Caller(post.getBureauId(), "roster", Set.of()), "post.withdrawn", because,
            "提名撤回 " + post.title());
        posts.save(post);
    }

    PostDocument post(String bureau, String postId) {
        return posts.findByBureauIdAndId(bureau, postId)
            .orElseThrow(() -> new NotFoundException("post.not-found", Map.of("postId", postId)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(recorder.now(), Quarter.BUREAU_TIME);
    }

    private String newPlaqueCode() {
        return PublicCodes.next("PQ", code -> posts.findByPlaqueCode(code).isPresent());
    }
}
