package cn.sangang.post.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostAssessed.Remedy;
import cn.sangang.events.post.PostAssessed.Result;
import cn.sangang.events.post.PostKind;
import cn.sangang.events.post.PostRevoked.Cause;
import cn.sangang.platform.outbox.AggregateDocument;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.post.post.domain.PostStatus;
import cn.sangang.post.post.domain.Standard;

/**
 * A model post with all that happens to it — establishment, plaque, assessments and their rectifications,
 * revocation — in one document, so each change and its consequences are one write and one version.
 */
@Document("posts")
@CompoundIndex(name = "bureau_status", def = "{'bureauId': 1, 'status': 1}")
@CompoundIndex(name = "bureau_holder", def = "{'bureauId': 1, 'holderPersonNo': 1}")
@CompoundIndex(name = "bureau_unit", def = "{'bureauId': 1, 'unitCode': 1}")
@CompoundIndex(name = "plaque_code", def = "{'plaque.code': 1}")
class PostDocument extends AggregateDocument {

    private PostKind kind;
    private String title;
    private String holderPersonNo;
    private String holderName;
    private String unitCode;
    private String unitName;
    private Map<Standard, String> statements = new EnumMap<>(Standard.class);
    private PostStatus status;
    private Establishment establishment;
    private Plaque plaque;
    private List<Assessment> assessments = new ArrayList<>();
    private Revocation revocation;
    private List<String> flags = new ArrayList<>();

    /** How the post was established: elected, or resolved by the bureau affairs meeting (局务会) on a date. */
    record Establishment(String electionId, String resolutionNo, LocalDate meetingDate, String recordedBy, Instant at) {
    }

    /** 标牌: its number, public code, award date, where it hangs, and its reclaiming. */
    record Plaque(String no, String code, LocalDate awardedOn, String hangsAt, Instant reclaimedAt, String reclaimedBy) {

        Plaque reclaimed(Instant at, String by) {
            return new Plaque(no, code, awardedOn, hangsAt, at, by);
        }
    }

    /**
     * One quarter's assessment and the satisfaction it was decided on ({@code basis}, null without data);
     * a rectification order is tracked to its closing.
     */
    record Assessment(String quarter, Result result, String findings, Remedy remedy, LocalDate deadline,
                      String assessedBy, Instant at, Instant rectifiedAt, String rectifiedBy, String rectificationNote,
                      Basis basis) {

        Assessment closed(Instant when, String by, String note) {
            return new Assessment(quarter, result, findings, remedy, deadline, assessedBy, at, when, by, note, basis);
        }
    }

    /** A copy of the quarter's satisfaction as reported when the assessment was decided; later reports leave it. */
    record Basis(long answers, Double ratePercent, Instant asOf) {
    }

    record Revocation(Cause cause, String facts, Instant at, String by, String quarter) {
    }

    PostDocument() {
    }

    PostDocument(String bureauId, PostKind kind, String title, String holderPersonNo, String holderName, String unitCode,
                 String unitName, Map<Standard, String> statements) {
        super(bureauId);
        this.kind = kind;
        this.title = title;
        this.holderPersonNo = holderPersonNo;
        this.holderName = holderName;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.statements = new EnumMap<>(statements);
        this.status = PostStatus.NOMINATED;
    }

    void establish(Establishment how) {
        status = status.establish();
        establishment = how;
    }

    void notElected() {
        status = status.notElected();
    }

    void withdraw() {
        status = status.withdraw();
    }

    void award(Plaque newPlaque) {
        status = status.award();
        plaque = newPlaque;
    }

    void assess(Assessment assessment) {
        status.requireTitled();
        assessments.add(assessment);
    }

    void closeRectification(String quarter, Instant at, String by, String note) {
        status.requireTitled();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            if (a.quarter().equals(quarter) && a.remedy() == Remedy.RECTIFY) {
                if (a.rectifiedAt() != null) {
                    throw new ConflictException("post.rectification-closed", Map.of("quarter", quarter));
                }
                assessments.set(i, a.closed(at, by, note));
                return;
            }
        }
        throw new NotFoundException("post.no-rectification", Map.of("quarter", quarter));
    }

    void revoke(Revocation why) {
        status = status.revoke();
        revocation = why;
        if (plaque != null) {
            plaque = plaque.reclaimed(why.at(), why.by());
        }
    }

    void flag(String concern) {
        if (!flags.contains(concern)) {
            flags.add(concern);
        }
    }

    List<String> assessedQuarters() {
        return assessments.stream().map(Assessment::quarter).toList();
    }

    PostKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    String holderPersonNo() {
        return holderPersonNo;
    }

    String holderName() {
        return holderName;
    }

    String unitCode() {
        return unitCode;
    }

    String unitName() {
        return unitName;
    }

    Map<Standard, String> statements() {
        return Map.copyOf(statements);
    }

    PostStatus status() {
        return status;
    }

    Establishment establishment() {
        return establishment;
    }

    /** The day the post was established: the 局务会 met, or the election closed. */
    LocalDate establishedOn() {
        if (establishment == null) {
            return null;
        }
        return establishment.meetingDate() != null ? establishment.meetingDate()
            : LocalDate.ofInstant(establishment.at(), Quarter.BUREAU_TIME);
    }

    Plaque plaque() {
        return plaque;
    }

    List<Assessment> assessments() {
        return List.copyOf(assessments);
    }

    Revocation revocation() {
        return revocation;
    }

    List<String> flags() {
        return List.copyOf(flags);
    }
}
