package cn.sangang.evaluation.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import cn.sangang.evaluation.survey.domain.Rating;
import cn.sangang.evaluation.survey.domain.TargetType;
import cn.sangang.events.Quarter;
import cn.sangang.platform.code.PublicCodes;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/**
 * Surveys set up by the office, and answers stored once per respondent and counted as they arrive. A revoked post is
 * no longer a model post the public is asked about: no survey opens for it, and its open ones close.
 */
@Service
class SurveyService {

    private static final String REVOKED_POSTS = "revoked_posts";
    /** The actor the audit trail names for what the scheduled jobs do. */
    static final String SYSTEM = "system";

    private final SurveyRepository surveys;
    private final MongoOperations mongo;
    private final Tally tally;
    private final Tickets tickets;
    private final TicketDesk desk;
    private final ChangeRecorder recorder;
    private final AnsweredSurveys answered;

    SurveyService(SurveyRepository surveys, MongoOperations mongo, Tally tally, Tickets tickets, TicketDesk desk,
            ChangeRecorder recorder, AnsweredSurveys answered) {
        this.surveys = surveys;
        this.mongo = mongo;
        this.tally = tally;
        this.tickets = tickets;
        this.desk = desk;
        this.recorder = recorder;
        this.answered = answered;
    }

    SurveyDocument create(Caller caller, TargetType type, String targetId, String title, String quarter) {
        String bureau = caller.bureauAs(Role.OFFICE);
        Quarter of = Quarter.parse(quarter);
        if (of.compareTo(Quarter.of(LocalDate.ofInstant(recorder.now(), Quarter.BUREAU_TIME))) > 0) {
            throw new RuleViolationException("survey.future-quarter", Map.of("quarter", quarter));
        }
        String target = type == TargetType.LEADERSHIP ? bureau : targetId;
        if (target == null) {
            throw new RuleViolationException("survey.target-unnamed", Map.of("type", type.name()));
        }
        if (type == TargetType.POST && revoked(bureau, target)) {
            throw new RuleViolationException("survey.post-revoked", Map.of("post", target));
        }
        try {
            return open(new SurveyDocument(bureau, newCode(), type, target, title.strip(), of.toString(), false),
                    caller);
        } catch (DuplicateKeyException exists) {
            throw new ConflictException("survey.already-exists", Map.of("type", type.name(), "quarter", quarter));
        }
    }

    /**
     * Opens the quarter's survey of a target as the system, unless the target already has one for that quarter (the
     * unique key decides, so replicas and restarts racing open it once) or is a revoked post.
     *
     * @return whether it opened one
     */
    boolean openAutomatically(String bureau, TargetType type, String targetId, String title, Quarter quarter) {
        if (type == TargetType.POST && revoked(bureau, targetId)) {
            return false;
        }
        try {
            open(new SurveyDocument(bureau, newCode(), type, targetId, title, quarter.toString(), true),
                    system(bureau));
            return true;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    private SurveyDocument open(SurveyDocument survey, Caller by) {
        recorder.audit(survey, by, "survey.created", null, "满意度测评：" + survey.title() + "（" + survey.quarter() + "）");
        surveys.insert(survey);
        tally.open(survey.code(), survey.getBureauId());
        // The revocation may have arrived between the check and the insert, after it closed the post's surveys.
        if (survey.targetType() == TargetType.POST && revoked(survey.getBureauId(), survey.targetId())) {
            return closeRevoked(survey);
        }
        return survey;
    }

    /**
     * Closes, as the system, every automatic survey of a quarter before {@code current} that is still open. Surveys
     * the office opened stay its own to close: it may open one for the quarter just past on purpose.
     *
     * @return how many it closed
     */
    int closeEnded(Quarter current) {
        int closed = 0;
        for (SurveyDocument survey : mongo.find(Query
                .query(Criteria.where("automatic").is(true).and("open").is(true).and("quarter").lt(current.toString())),
                SurveyDocument.class)) {
            try {
                close(survey, system(survey.getBureauId()), "季度已结束", "季度结束，结束测评 ");
                closed++;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // Closed by the office or a revocation meanwhile, or still open and closed on the next run.
            }
        }
        return closed;
    }

    /** Which targets of a quarter have a survey already, as {@code bureau/TYPE/targetId}. */
    Set<String> surveyed(Quarter quarter) {
        Query ofQuarter = Query.query(Criteria.where("quarter").is(quarter.toString()));
        ofQuarter.fields().include("bureauId", "targetType", "targetId");
        return mongo.find(ofQuarter, SurveyDocument.class).stream()
                .map(s -> key(s.getBureauId(), s.targetType(), s.targetId())).collect(Collectors.toSet());
    }

    static String key(String bureau, TargetType type, String targetId) {
        return bureau + "/" + type + "/" + targetId;
    }

    private static Caller system(String bureau) {
        return new Caller(bureau, SYSTEM, Set.of());
    }

    /**
     * Takes note that a post was revoked and closes its open surveys, as the system: the public can no longer rate
     * it. Applying the same revocation again finds nothing open and changes nothing.
     */
    void postRevoked(String bureau, String postId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(bureau + ":" + postId)),
                new Update().set("bureauId", bureau).set("postId", postId), REVOKED_POSTS);
        surveys.findByBureauIdAndTargetTypeAndTargetIdAndOpenTrueOrderByQuarterDesc(bureau, TargetType.POST, postId)
                .forEach(this::closeRevoked);
    }

    private SurveyDocument closeRevoked(SurveyDocument survey) {
        return close(survey, new Caller(survey.getBureauId(), "evaluation", Set.of()), "示范岗已被撤销", "示范岗撤销，结束测评 ");
    }

    private boolean revoked(String bureau, String postId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(bureau + ":" + postId)), REVOKED_POSTS);
    }

    SurveyDocument close(Caller caller, String code) {
        return close(bureauSurvey(caller.bureauAs(Role.OFFICE), code), caller, null, "结束测评 ");
    }

    /** Every way a survey closes: audited, saved, and no longer kept open for the public on this replica. */
    private SurveyDocument close(SurveyDocument survey, Caller by, String reason, String summaryBeforeTitle) {
        survey.close();
        recorder.audit(survey, by, "survey.closed", reason, summaryBeforeTitle + survey.title());
        SurveyDocument saved = surveys.save(survey);
        answered.forget(survey.code());
        return saved;
    }

    SurveyDocument bureauSurvey(String bureau, String code) {
        return surveys.findByBureauIdAndCode(bureau, code)
                .orElseThrow(() -> new NotFoundException("survey.not-found", Map.of("code", code)));
    }

    /** Any bureau's survey by its code, as the public finds it. */
    private SurveyDocument survey(String code) {
        return surveys.findByCode(code)
                .orElseThrow(() -> new NotFoundException("survey.not-found", Map.of("code", code)));
    }

    List<SurveyDocument> ofBureau(String bureau) {
        return surveys.findByBureauIdOrderByQuarterDescCodeAsc(bureau);
    }

    /** The open surveys of one target, newest quarter first. */
    List<SurveyDocument> openAbout(String bureau, TargetType type, String targetId) {
        return surveys.findByBureauIdAndTargetTypeAndTargetIdAndOpenTrueOrderByQuarterDesc(bureau, type, targetId);
    }

    /**
     * A survey as the public meets it, kept for a second ({@link AnsweredSurveys}): a respondent's question,
     * challenge, ticket and answer read the store for it once between them, however many answer at once.
     */
    SurveyDocument publicSurvey(String code) {
        return answered.get(code, this::survey);
    }

    private SurveyDocument openSurvey(String code) {
        return requireOpen(publicSurvey(code));
    }

    private static SurveyDocument requireOpen(SurveyDocument survey) {
        if (!survey.open()) {
            throw new ConflictException("survey.closed", Map.of("code", survey.code()));
        }
        return survey;
    }

    /** A member of the survey's bureau answers once, as themself (no ticket needed). */
    void answerAsMember(Caller caller, String code, Rating rating, String opinion) {
        String bureau = caller.bureauAs(Role.MEMBER);
        answer(requireOpen(bureauSurvey(bureau, code)), tickets.memberKey(bureau, caller.member()), rating, opinion,
                null);
    }

    /**
     * A one-time ticket of an open survey for a device, bought with a solved challenge; {@code source} is the keyed
     * hash of the network it is asked from.
     */
    SurveyApi.Ticket ticket(String code, String deviceId, String challenge, String nonce, String source) {
        SurveyDocument survey = openSurvey(code);
        String ticket = desk.issue(survey, deviceId, challenge, nonce, source);
        return new SurveyApi.Ticket(ticket, now().plus(Tickets.VALID_FOR));
    }

    /** The public answers once per ticket's device; {@code source} is the keyed hash of the network it came from. */
    void answerPublicly(String code, String ticket, Rating rating, String opinion, String source) {
        SurveyDocument survey = openSurvey(code);
        answer(survey, tickets.verify(survey.code(), ticket), rating, opinion, source);
    }

    /**
     * Stores the respondent's one answer, refused if they answered before, and counts it; {@code source}, the keyed
     * hash of the network a public answer came from, is null for a member's.
     */
    private void answer(SurveyDocument survey, String respondentKey, Rating rating, String opinion, String source) {
        Tally.Entry entry = new Tally.Entry(AnswerDocument.id(survey.code(), respondentKey), recorder.now());
        AnswerDocument answer = new AnswerDocument(entry.answerId(), survey.getBureauId(), survey.code(), rating,
                opinion == null || opinion.isBlank() ? null : opinion.strip(), entry.at(),
                AnswerDocument.TallyState.COUNTED, source);
        if (!tally.reserve(survey.code(), survey.getBureauId(), entry)) {
            throw new ConflictException("survey.answered-already");
        }
        try {
            mongo.insert(answer);
        } catch (DuplicateKeyException answered) {
            tally.release(survey.code(), entry);
            throw new ConflictException("survey.answered-already");
        }
        tally.apply(answer, recorder.now());
    }

    /** The latest opinions of a survey, for the office: what people wrote, never who they are. */
    List<AnswerDocument> opinions(String code, int limit) {
        return mongo.find(Query.query(Criteria.where("surveyCode").is(code).and("opinion").ne(null))
                .with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), AnswerDocument.class);
    }

    /** Every opinion of a bureau's survey, oldest first, through a store cursor: the caller closes the stream. */
    Stream<AnswerDocument> allOpinions(String bureau, String code) {
        return mongo.stream(
                Query.query(Criteria.where("surveyCode").is(code).and("bureauId").is(bureau).and("opinion").ne(null))
                        .with(Sort.by(Sort.Direction.ASC, "at")),
                AnswerDocument.class);
    }

    Instant now() {
        return recorder.now();
    }

    private String newCode() {
        return PublicCodes.next("SV", code -> surveys.findByCode(code).isPresent());
    }
}
