package cn.sangang.post.reminder;

import static cn.sangang.post.PostFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import tools.jackson.databind.JsonNode;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.Topics;
import cn.sangang.events.roster.MemberChanged;
import cn.sangang.platform.reminder.Reminders;
import cn.sangang.platform.reminder.SentReminder;
import cn.sangang.platform.schedule.LeasedJobs;
import cn.sangang.post.PostFixture;
import cn.sangang.post.PostServiceTest;
import cn.sangang.post.election.OpenElections;
import cn.sangang.post.post.TitledPosts;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.EventContracts;
import cn.sangang.testkit.MovableClock;

/**
 * Reminders of votes, quarterly assessments and rectification deadlines: each at its threshold, not before, once
 * however often and by whichever instance the job runs, and only ever within the bureau the thing belongs to.
 */
@PostServiceTest
class PostRemindersTest {

    private static final String TYPE = EventTypes.POST_REMINDER_DUE.name();
    private static final String RECTIFICATION = "post-rectification:";

    @LocalServerPort
    int port;

    @Autowired
    OpenElections elections;

    @Autowired
    Voters voters;

    @Autowired
    TitledPosts posts;

    @Autowired
    Reminders reminders;

    @Autowired
    LeasedJobs jobs;

    @Autowired
    MongoOperations mongo;

    @Autowired
    ObjectProvider<ScheduledTaskHolder> scheduler;

    final MovableClock clock = new MovableClock();
    final LocalDate today = LocalDate.now(Quarter.BUREAU_TIME);
    final Quarter thisQuarter = Quarter.of(today);
    EventCapture capture;

    @BeforeEach
    void capture() {
        capture = EventCapture.of(Topics.POST);
    }

    @AfterEach
    void close() {
        capture.close();
    }

    /** A fresh instance of the job each time, as another replica or a restarted service would run it. */
    void scan() {
        new PostReminderScan(new ElectionReminders(elections, voters, reminders),
                new AssessmentReminders(posts, reminders), new RectificationReminders(posts, reminders), jobs, clock,
                Duration.ofMinutes(10)).run();
    }

    @Test
    void an_open_election_reminds_each_party_member_who_has_not_voted_once_and_nobody_who_has() {
        PostFixture f = new PostFixture(port);
        roster(f.bureau, member("M1", true, true), member("M2", true, true), member("M3", true, true),
                member("N1", false, true), member("M4", true, false));
        String candidate = f.nominateIndividual("M2");
        scan();
        assertThat(sent(f.bureau)).isEmpty();

        String election = f.openElection("2026年度示范岗推选", candidate);
        expect(204, f.vote("M1", election, candidate));
        scan();
        scan();

        assertThat(sent(f.bureau)).containsExactlyInAnyOrder("election-vote:" + election + ":M2|open",
                "election-vote:" + election + ":M3|open");
        JsonNode event = capture.awaitEvents(f.bureau, TYPE, 2).stream()
                .filter(e -> e.path("payload").path("subject").asString().endsWith(":M2")).findFirst().orElseThrow();
        EventContracts.assertConforms(EventTypes.POST_REMINDER_DUE, event.toString());
        JsonNode reminder = event.path("payload");
        assertThat(reminder.path("kind").asString()).isEqualTo("ELECTION_VOTE");
        assertThat(strings(reminder.path("personNos"))).containsExactly("M2");
        assertThat(reminder.path("roles").isEmpty()).isTrue();
        assertThat(reminder.path("link").asString()).isEqualTo("/app/home");
        assertThat(reminder.path("detail").asString()).contains("「2026年度示范岗推选」",
                today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日", "尚未投票");

        expect(204, f.vote("M3", election, candidate));
        expect(200, f.secretary().post("/api/post/elections/" + election + "/close", null));
        clock.advance(Duration.ofDays(5));
        scan();

        assertThat(sent(f.bureau)).hasSize(2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> capture.events(f.bureau, TYPE).size() == 2);
    }

    @Test
    void an_ended_quarter_of_an_awarded_post_reminds_the_leadership_once_and_the_next_quarter_once_more() {
        PostFixture f = new PostFixture(port);
        String post = f.awardedCollective("office", "JT-001");
        scan();
        advanceTo(thisQuarter.next().firstDay().atStartOfDay(Quarter.BUREAU_TIME).toInstant().minusSeconds(60));
        scan();
        assertThat(sent(f.bureau)).as("not before the quarter ends").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        scan();
        scan();

        assertThat(sent(f.bureau)).containsExactly("post-assessment:" + post + ":" + thisQuarter + "|assessable");
        JsonNode event = capture.awaitEvents(f.bureau, TYPE, 1).getFirst();
        EventContracts.assertConforms(EventTypes.POST_REMINDER_DUE, event.toString());
        JsonNode reminder = event.path("payload");
        assertThat(reminder.path("kind").asString()).isEqualTo("POST_ASSESSMENT_DUE");
        assertThat(strings(reminder.path("roles"))).containsExactly("LEADER");
        assertThat(reminder.path("link").asString()).isEqualTo("/app/leader/posts");
        LocalDate lastDay = thisQuarter.next().firstDay().minusDays(1);
        assertThat(reminder.path("dueOn").asString()).isEqualTo(lastDay.toString());
        assertThat(reminder.path("detail").asString()).contains("「office集体示范岗」", quarterName(thisQuarter),
                "已于" + lastDay.getYear() + "年" + lastDay.getMonthValue() + "月" + lastDay.getDayOfMonth() + "日结束",
                "尚未考核");

        advanceTo(thisQuarter.next().next().firstDay().atStartOfDay(Quarter.BUREAU_TIME).toInstant().plusSeconds(60));
        scan();
        scan();

        assertThat(sent(f.bureau)).containsExactlyInAnyOrder(
                "post-assessment:" + post + ":" + thisQuarter + "|assessable",
                "post-assessment:" + post + ":" + thisQuarter.next() + "|assessable");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> capture.events(f.bureau, TYPE).size() == 2);
    }

    @Test
    void a_bureau_assessing_in_the_quarters_last_days_is_reminded_then_but_not_of_a_quarter_already_assessed() {
        PostFixture f = new PostFixture(port).assessingThisQuarter();
        String assessed = f.awardedCollective("office", "JT-002");
        String waiting = f.awardedCollective("linzheng", "JT-003");
        expect(200, f.assess(assessed, PostFixture.passed(thisQuarter.toString())));

        scan();

        assertThat(sent(f.bureau)).containsExactly("post-assessment:" + waiting + ":" + thisQuarter + "|assessable");
        assertThat(capture.awaitEvents(f.bureau, TYPE, 1).getFirst().path("payload").path("detail").asString())
                .contains("「linzheng集体示范岗」", "已可评定");
    }

    @Test
    void a_rectification_reminds_the_secretary_and_the_holder_seven_days_ahead_and_when_overdue_until_it_is_done() {
        PostFixture f = new PostFixture(port).assessingThisQuarter();
        String open = f.awardedIndividual("M2", "GR-001");
        String done = f.awardedIndividual("M3", "GR-002");
        LocalDate deadline = today.plusDays(10);
        rectify(f, open, deadline);
        rectify(f, done, deadline);
        expect(200, f.rectified(done, thisQuarter.toString(), "已整改到位"));
        clock.advance(Duration.ofDays(2));
        scan();
        assertThat(sent(f.bureau, RECTIFICATION)).as("eight days ahead: not yet").isEmpty();

        clock.advance(Duration.ofDays(1));
        scan();
        scan();

        String subject = "post-rectification:" + open + ":" + thisQuarter;
        assertThat(sent(f.bureau, RECTIFICATION)).containsExactlyInAnyOrder(subject + "|due-in-7-days",
                subject + ":holder|due-in-7-days");
        List<JsonNode> events = rectificationEvents(f.bureau, 2);
        events.forEach(e -> EventContracts.assertConforms(EventTypes.POST_REMINDER_DUE, e.toString()));
        JsonNode secretary = payload(events, subject);
        assertThat(strings(secretary.path("roles"))).containsExactly("SECRETARY");
        assertThat(secretary.path("link").asString()).isEqualTo("/app/secretary/post-rectifications");
        assertThat(secretary.path("dueOn").asString()).isEqualTo(deadline.toString());
        assertThat(secretary.path("detail").asString()).contains("「M2示范岗」", quarterName(thisQuarter),
                deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日");
        JsonNode holder = payload(events, subject + ":holder");
        assertThat(strings(holder.path("personNos"))).containsExactly("M2");
        assertThat(holder.path("roles").isEmpty()).isTrue();
        assertThat(holder.path("link").asString()).isEqualTo("/app/home");
        assertThat(holder.path("detail").asString()).startsWith("您的示范岗「M2示范岗」");

        clock.advance(Duration.ofDays(8));
        scan();
        scan();

        assertThat(sent(f.bureau, RECTIFICATION)).containsExactlyInAnyOrder(subject + "|due-in-7-days",
                subject + ":holder|due-in-7-days", subject + "|overdue", subject + ":holder|overdue");
        assertThat(rectificationEvents(f.bureau, 4))
                .filteredOn(e -> e.path("payload").path("threshold").asString().equals("overdue"))
                .extracting(e -> e.path("payload").path("title").asString()).containsExactly("示范岗整改已逾期", "示范岗整改已逾期");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> rectificationEvents(f.bureau, 0).size() == 4);
    }

    @Test
    void a_revoked_post_gets_no_reminder_of_its_quarters_nor_of_its_rectification() {
        PostFixture f = new PostFixture(port).assessingThisQuarter();
        String post = f.awardedIndividual("M2", "GR-003");
        rectify(f, post, today.plusDays(3));
        expect(200, f.veto(post, "VETO_VIOLATION", "严重违纪"));

        clock.advance(Duration.ofDays(100));
        scan();

        assertThat(sent(f.bureau)).isEmpty();
    }

    @Test
    void another_bureaus_people_and_posts_never_produce_or_receive_a_reminder_in_this_bureau() {
        PostFixture mine = new PostFixture(port);
        PostFixture other = new PostFixture(port);
        roster(mine.bureau, member("M1", true, true));
        roster(other.bureau, member("X9", true, true));
        String candidate = mine.nominateIndividual("M2");
        String election = mine.openElection("本局推选", candidate);
        String otherPost = other.awardedCollective("office", "JT-009");
        advanceTo(thisQuarter.next().firstDay().atStartOfDay(Quarter.BUREAU_TIME).toInstant().plusSeconds(60));

        scan();

        assertThat(sent(mine.bureau)).containsExactly("election-vote:" + election + ":M1|open");
        assertThat(sent(other.bureau))
                .containsExactly("post-assessment:" + otherPost + ":" + thisQuarter + "|assessable");
        capture.awaitEvents(other.bureau, TYPE, 1);
        assertThat(capture.awaitEvents(mine.bureau, TYPE, 1))
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain("X9", otherPost));
    }

    @Test
    void the_scan_runs_on_the_services_schedule() {
        ScheduledTaskHolder tasks = scheduler.getIfAvailable();
        assertThat(tasks).as("scheduling is enabled").isNotNull();
        assertThat(tasks.getScheduledTasks()).extracting(task -> task.getTask().getRunnable().toString())
                .anyMatch(runnable -> runnable.contains(PostReminderScan.class.getName() + ".scheduled"));
    }

    private void rectify(PostFixture f, String post, LocalDate deadline) {
        expect(200, f.assess(post, PostFixture.rectification(thisQuarter.toString(), deadline)));
    }

    private void advanceTo(Instant when) {
        clock.advance(Duration.between(clock.instant(), when));
    }

    private void roster(String bureau, MemberChanged... people) {
        for (MemberChanged person : people) {
            EventCapture.send(Topics.ROSTER, bureau + person.personNo(), new EventCodec()
                    .encode(EventEnvelope.of(EventTypes.MEMBER_CHANGED, bureau, Instant.now(), person)));
        }
        long eligible = List.of(people).stream().filter(p -> p.partyMember() && p.active()).count();
        await().atMost(Duration.ofSeconds(30)).until(() -> voters.eligible(bureau).size() == eligible);
    }

    private static MemberChanged member(String personNo, boolean partyMember, boolean active) {
        return new MemberChanged(personNo, "姓名" + personNo, "linzheng", partyMember, active,
                active ? MemberChanged.Change.JOINED : MemberChanged.Change.LEFT);
    }

    private List<String> sent(String bureau) {
        return sent(bureau, "");
    }

    private List<String> sent(String bureau, String subjectPrefix) {
        return mongo.find(Query.query(Criteria.where("bureauId").is(bureau)), SentReminder.class).stream()
                .filter(r -> r.getSubject().startsWith(subjectPrefix)).map(r -> r.getSubject() + "|" + r.getThreshold())
                .toList();
    }

    private List<JsonNode> rectificationEvents(String bureau, int atLeast) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rectifications(bureau).size() >= atLeast);
        return rectifications(bureau);
    }

    private List<JsonNode> rectifications(String bureau) {
        return capture.events(bureau, TYPE).stream()
                .filter(e -> e.path("payload").path("subject").asString().startsWith(RECTIFICATION)).toList();
    }

    private static JsonNode payload(List<JsonNode> events, String subject) {
        return events.stream().map(e -> e.path("payload")).filter(p -> p.path("subject").asString().equals(subject))
                .findFirst().orElseThrow();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String quarterName(Quarter quarter) {
        return quarter.year() + "年第" + "一二三四".charAt(quarter.number() - 1) + "季度";
    }
}
