package cn.sangang.post.post.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostAssessed.Remedy;
import cn.sangang.events.post.PostKind;
import cn.sangang.events.post.PostRevoked.Cause;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.problem.RuleViolationException;

/**
 * A model post and all that happens to it — nomination, establishment, plaque, quarterly assessments and their
 * rectifications, revocation — with every rule of each step. One aggregate, so that a step and its consequences
 * (an adjustment revokes the title and reclaims the plaque) are one change.
 *
 * <p>Steps that lead to the holder's reward (establishing, awarding, assessing, closing a rectification) name the
 * {@code actor} taking them: nobody takes them on a post they hold ({@link OwnPost}). Times are the caller's
 * {@code at}; the bureau's day and quarter follow from it.
 */
public final class Post {

    private final String id;
    private final String bureauId;
    private final PostKind kind;
    private final String title;
    private final String holderPersonNo;
    private final String holderName;
    private final String unitCode;
    private final String unitName;
    private final Map<Standard, String> statements;
    private PostStatus status;
    private Establishment establishment;
    private Plaque plaque;
    private final List<Assessment> assessments;
    private Revocation revocation;
    private final List<String> flags;

    /** A post as it was kept: every part of its state. */
    public Post(String id, String bureauId, PostKind kind, String title, String holderPersonNo, String holderName,
            String unitCode, String unitName, Map<Standard, String> statements, PostStatus status,
            Establishment establishment, Plaque plaque, List<Assessment> assessments, Revocation revocation,
            List<String> flags) {
        this.id = id;
        this.bureauId = bureauId;
        this.kind = kind;
        this.title = title;
        this.holderPersonNo = holderPersonNo;
        this.holderName = holderName;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.statements = new EnumMap<>(Standard.class);
        if (statements != null) {
            this.statements.putAll(statements);
        }
        this.status = status;
        this.establishment = establishment;
        this.plaque = plaque;
        this.assessments = assessments == null ? new ArrayList<>() : new ArrayList<>(assessments);
        this.revocation = revocation;
        this.flags = flags == null ? new ArrayList<>() : new ArrayList<>(flags);
    }

    /**
     * An individual post for an active party member who answers every standard and has no other post in progress
     * or held ({@code holdersPosts}: the posts the bureau already has for the holder).
     */
    public static Post nominateIndividual(String id, String bureauId, String title, Nomination.Person holder,
            Map<Standard, String> statements, List<Post> holdersPosts) {
        Nomination.requireEveryStandardAnswered(statements);
        Nomination.requireIndividualIsPartyMember(PostKind.INDIVIDUAL, holder.personNo(), holder.partyMember(),
                holder.active());
        requireNoLivePost(holdersPosts, PostKind.INDIVIDUAL, holder.name());
        return new Post(id, bureauId, PostKind.INDIVIDUAL, title.strip(), holder.personNo(), holder.name(),
                holder.unitCode(), holder.unitName(), statements, PostStatus.NOMINATED, null, null, List.of(), null,
                List.of());
    }

    /**
     * A collective post for a unit of party members only, which has no other collective post in progress or held
     * ({@code unitsPosts}: the posts the bureau already has in the unit).
     */
    public static Post nominateCollective(String id, String bureauId, String title, Nomination.Unit unit,
            Map<Standard, String> statements, List<Post> unitsPosts) {
        Nomination.requireEveryStandardAnswered(statements);
        Nomination.requireAllPartyMembers(unit.unitCode(), unit.people());
        requireNoLivePost(unitsPosts, PostKind.COLLECTIVE, unit.unitName());
        return new Post(id, bureauId, PostKind.COLLECTIVE, title.strip(), null, null, unit.unitCode(), unit.unitName(),
                statements, PostStatus.NOMINATED, null, null, List.of(), null, List.of());
    }

    private static void requireNoLivePost(List<Post> existing, PostKind kind, String who) {
        existing.stream().filter(p -> p.kind == kind && p.status.live()).findFirst().ifPresent(p -> {
            throw new ConflictException("post.already-live", Map.of("who", who, "title", p.title));
        });
    }

    /** A collective post is established by the 局务会's resolution, held on or before today, for a unit still all party members. */
    public Establishment establishByResolution(String actor, Nomination.Unit unit, String resolutionNo,
            LocalDate meetingDate, String by, Instant at) {
        if (kind != PostKind.COLLECTIVE) {
            throw new ConflictException("post.individual-by-election");
        }
        if (meetingDate.isAfter(today(at))) {
            throw new RuleViolationException("post.meeting-in-future");
        }
        requireNotHeldBy(actor, unit.personNos());
        Nomination.requireAllPartyMembers(unit.unitCode(), unit.people());
        status = status.establish();
        establishment = new Establishment(null, resolutionNo.strip(), meetingDate, by, at);
        return establishment;
    }

    /** Elected: established as of the election's close, {@code closedAt}. */
    public void establishByElection(String electionId, String by, Instant closedAt) {
        status = status.establish();
        establishment = new Establishment(electionId, null, null, by, closedAt);
    }

    public void notElected() {
        status = status.notElected();
    }

    /** A nominee who left the bureau or the Party no longer stands. */
    public void withdraw() {
        status = status.withdraw();
    }

    /** What an award is refused for before anything else is asked: a post that cannot take a plaque, or its date. */
    public void requireAwardable(LocalDate awardedOn) {
        status.award();
        Plaques.requireAwardedAfterEstablishment(awardedOn, establishedOn());
    }

    /**
     * Hangs the plaque numbered {@code plaqueNo} with its public {@code code}, for a holder still an active party
     * member or a unit still all party members; by default in the office (individual) or at the door (collective).
     */
    public Plaque award(String actor, Nomination.Nominee nominee, String plaqueNo, String code, LocalDate awardedOn,
            String hangsAt) {
        requireAwardable(awardedOn);
        requireNotHeldBy(actor, nominee instanceof Nomination.Unit unit ? unit.personNos() : List.of());
        Nomination.requireInGoodStanding(nominee);
        status = status.award();
        plaque = new Plaque(plaqueNo, code, awardedOn,
                hangsAt != null ? hangsAt.strip() : kind == PostKind.INDIVIDUAL ? "办公室内" : "单位门口", null, null);
        return plaque;
    }

    /**
     * The quarter's assessment, standing on the satisfaction {@code reported} for it (by quarter; a quarter without
     * answers is absent), frozen into the assessment. An adjustment revokes the title at once.
     *
     * @param unitPeople those now working in a collective post's unit; empty for an individual post
     */
    public Assessment assess(String actor, Collection<String> unitPeople, Verdict verdict, AssessmentRules rules,
            Map<String, Assessment.Basis> reported, String by, Instant at) {
        requireTitled();
        requireNotHeldBy(actor, unitPeople);
        Quarter quarter = Assessments.quarter(verdict.quarter());
        LocalDate today = today(at);
        Assessments.requireAssessable(quarter, today, rules.assessWithinLastDays(),
                plaque == null ? null : plaque.awardedOn(), assessedQuarters());
        Assessments.requireRemedy(verdict.result(), verdict.remedy(), verdict.deadline(), today);
        Assessment.Basis basis = reported.get(quarter.toString());
        Assessments.requirePassBasis(verdict.result(),
                basis == null ? null : new Assessments.Basis(basis.answers(), basis.ratePercent()), rules.minAnswers(),
                rules.minRate());
        Assessment assessment = new Assessment(quarter.toString(), verdict.result(), verdict.findings().strip(),
                verdict.remedy(), verdict.remedy() == Remedy.RECTIFY ? verdict.deadline() : null, by, at, null, null,
                null, basis);
        assessments.add(assessment);
        if (verdict.remedy() == Remedy.ADJUST) {
            revoke(Cause.ADJUSTMENT, verdict.findings(), by, at);
        }
        return assessment;
    }

    /** Closes the rectification the assessment of {@code quarter} ordered, once; the assessment as closed. */
    public Assessment closeRectification(String actor, Collection<String> unitPeople, String quarter, String note,
            String by, Instant at) {
        requireNotHeldBy(actor, unitPeople);
        requireTitled();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            if (a.quarter().equals(quarter) && a.remedy() == Remedy.RECTIFY) {
                if (a.rectifiedAt() != null) {
                    throw new ConflictException("post.rectification-closed", Map.of("quarter", quarter));
                }
                Assessment closed = a.closed(at, by, note.strip());
                assessments.set(i, closed);
                return closed;
            }
        }
        throw new NotFoundException("post.no-rectification", Map.of("quarter", quarter));
    }

    /** The one-vote veto (一票否决): one of its four causes revokes the title at once. */
    public Revocation veto(Cause cause, String facts, String by, Instant at) {
        if (!cause.veto()) {
            throw new RuleViolationException("post.not-a-veto-cause", Map.of("cause", cause.name()));
        }
        return revoke(cause, facts.strip(), by, at);
    }

    /**
     * The holder left the bureau or the Party: an individual nomination no longer stands (WITHDRAWN), an established
     * individual post loses its title at once (REVOKED); whether the post changed.
     */
    public boolean holderLeft(String because, String by, Instant at) {
        if (kind != PostKind.INDIVIDUAL) {
            return false;
        }
        if (status == PostStatus.NOMINATED) {
            withdraw();
            return true;
        }
        if (established()) {
            revoke(Cause.HOLDER_LEFT, because, by, at);
            return true;
        }
        return false;
    }

    /**
     * A non-member now works in the unit of an established collective post: flagged for the leadership, once;
     * whether the post changed.
     */
    public boolean nonMemberInUnit(String concern) {
        if (kind != PostKind.COLLECTIVE || !established() || flags.contains(concern)) {
            return false;
        }
        flags.add(concern);
        return true;
    }

    /** Revokes the title in the current quarter and reclaims the plaque, if one was hung. */
    private Revocation revoke(Cause cause, String facts, String by, Instant at) {
        status = status.revoke();
        revocation = new Revocation(cause, facts, at, by, Quarter.of(today(at)).toString());
        if (plaque != null) {
            plaque = plaque.reclaimed(at, by);
        }
        return revocation;
    }

    /** Assessed, or its rectification closed: only a post that holds its title. */
    public void requireTitled() {
        status.requireTitled();
    }

    /** Established and not revoked: with its plaque, or waiting for it. */
    private boolean established() {
        return status == PostStatus.ESTABLISHED || status == PostStatus.AWARDED;
    }

    private void requireNotHeldBy(String actor, Collection<String> unitPeople) {
        OwnPost.requireNotHeldBy(actor, kind, holderPersonNo, unitPeople);
    }

    private static LocalDate today(Instant at) {
        return LocalDate.ofInstant(at, Quarter.BUREAU_TIME);
    }

    public String id() {
        return id;
    }

    public String bureauId() {
        return bureauId;
    }

    public PostKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String holderPersonNo() {
        return holderPersonNo;
    }

    public String holderName() {
        return holderName;
    }

    public String unitCode() {
        return unitCode;
    }

    public String unitName() {
        return unitName;
    }

    public Map<Standard, String> statements() {
        return Map.copyOf(statements);
    }

    public PostStatus status() {
        return status;
    }

    public Establishment establishment() {
        return establishment;
    }

    /** The day the post was established: the 局务会 met, or the election closed. */
    public LocalDate establishedOn() {
        if (establishment == null) {
            return null;
        }
        return establishment.meetingDate() != null ? establishment.meetingDate() : today(establishment.at());
    }

    public Plaque plaque() {
        return plaque;
    }

    public List<Assessment> assessments() {
        return List.copyOf(assessments);
    }

    public List<String> assessedQuarters() {
        return assessments.stream().map(Assessment::quarter).toList();
    }

    public Revocation revocation() {
        return revocation;
    }

    public List<String> flags() {
        return List.copyOf(flags);
    }
}
