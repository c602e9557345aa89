package cn.sangang.pledge.reminder;

import static cn.sangang.pledge.PledgeFixture.expect;
import static cn.sangang.pledge.PledgeFixture.inDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import cn.sangang.pledge.PledgeFixture;
import cn.sangang.pledge.PledgeServiceTest;
import cn.sangang.pledge.campaign.Campaigns;
import cn.sangang.pledge.pledge.OpenPledges;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.EventContracts;
import cn.sangang.testkit.MovableClock;

/**
 * The pledge reminders — publicity deadline, review queue, item deadlines, rectification orders — each go out at its
 * threshold and not before, once however often the scan runs, and only to the bureau whose pledge it is.
 */
@PledgeServiceTest
class PledgeRemindersTest {

    private static final String TYPE = EventTypes.PLEDGE_REMINDER_DUE.name();
    private static final EventCodec CODEC = new EventCodec();

    @LocalServerPort
    int port;

    @Autowired
    Campaigns campaigns;

    @Autowired
    OpenPledges pledges;

    @Autowired
    PartyMembers partyMembers;

    @Autowired
    Reminders reminders;

    @Autowired
    LeasedJobs jobs;

    @Autowired
    MongoOperations mongo;

    @Autowired
    ScheduledTaskHolder scheduler;

    /** The scan's own clock, moved to the days the tests look at; the pledges are filed on the real one. */
    final MovableClock clock = new MovableClock();

    EventCapture capture;
    PledgeFixture f;

    @BeforeEach
    void bureau() {
        capture = EventCapture.of(Topics.PLEDGE);
        f = new PledgeFixture(port);
    }

    @AfterEach
    void close() {
        capture.close();
    }

    @Test
    void a_pledge_in_the_review_queue_reminds_the_leaders_at_the_next_scan_and_once_more_after_three_days() {
        scan();
        assertThat(sent(f.bureau, "pledge-review")).isEmpty();

        String id = f.propose("M1");
        scan();
        scan();

        assertThat(sent(f.bureau, "pledge-review")).containsExactly("pledge-review:" + id + ":1|waiting");
        JsonNode reminder = reminder(f.bureau, "pledge-review:" + id + ":1", "waiting");
        assertAddressed(reminder, "PLEDGE_REVIEW", List.of("LEADER"), List.of(), "/app/leader/reviews/" + id);
        assertThat(reminder.path("title").asString()).isEqualTo("承诺待审核");
        assertThat(reminder.path("detail").asString())
                .isEqualTo("姓名M1于" + chinese(inDays(0)) + "提交的" + f.year + "年度承诺（2 项）等待审核");

        clock.advance(Duration.ofDays(3).minusMinutes(1));
        scan();
        assertThat(sent(f.bureau, "pledge-review")).as("not before three days").hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        scan();
        scan();
        assertThat(sent(f.bureau, "pledge-review")).containsExactlyInAnyOrder("pledge-review:" + id + ":1|waiting",
                "pledge-review:" + id + ":1|waiting-3-days");
        assertThat(reminder(f.bureau, "pledge-review:" + id + ":1", "waiting-3-days").path("detail").asString())
                .endsWith("已等待 3 天以上，尚未审核");
        assertNoMoreEventsThan(f.bureau, 2);
    }

    @Test
    void a_reviewed_pledge_gets_no_further_reminder_and_its_resubmission_is_reminded_as_a_new_round() {
        String id = f.propose("M3");
        scan();
        expect(200, f.leader().post("/api/pledge/pledges/" + id + "/review",
                PledgeFixture.review("RETURN", 2, 1, "第一项要量化")));
        at(4);
        scan();
        assertThat(sent(f.bureau, "pledge-review")).as("returned for revision, it waits for no leader").hasSize(1);

        at(0);
        expect(200, f.member("M3").put("/api/pledge/pledges/" + id + "/items",
                PledgeFixture.revision(PledgeFixture.item("每月走访辖区林农不少于6户", "M3", inDays(60)))));
        scan();
        at(4);
        scan();
        expect(200, f.approve(id, 1));
        at(8);
        scan();

        assertThat(sent(f.bureau, "pledge-review")).containsExactlyInAnyOrder("pledge-review:" + id + ":1|waiting",
                "pledge-review:" + id + ":2|waiting", "pledge-review:" + id + ":2|waiting-3-days");
        assertThat(reminder(f.bureau, "pledge-review:" + id + ":2", "waiting").path("detail").asString())
                .contains("（1 项，第 2 轮修改后重新提交）");
    }

    @Test
    void an_open_item_reminds_its_responsible_person_a_week_before_its_deadline_and_the_secretary_too_once_overdue() {
        String id = f.published("M1");

        at(52);
        scan();
        assertThat(sent(f.bureau, "pledge-item")).as("eight days before").isEmpty();

        at(53);
        scan();
        scan();
        assertThat(sent(f.bureau, "pledge-item")).containsExactly("pledge-item:" + id + ":1|due-in-7-days");
        JsonNode reminder = reminder(f.bureau, "pledge-item:" + id + ":1", "due-in-7-days");
        assertAddressed(reminder, "PLEDGE_ITEM_DEADLINE", List.of(), List.of("M1"), "/app/pledges/" + id);
        assertThat(reminder.path("dueOn").asString()).isEqualTo(inDays(60).toString());
        assertThat(reminder.path("title").asString()).isEqualTo("承诺事项完成时限临近");
        assertThat(reminder.path("detail").asString())
                .isEqualTo("姓名M1的承诺第 1 项「每月走访辖区林农不少于4户」（责任人：" + "姓名M1）完成时限为" + chinese(inDays(60)) + "，尚未报告完成");

        expect(200, f.completed("M2", id, 2, "案件全部办结"));
        at(60);
        scan();
        assertThat(sent(f.bureau, "pledge-item")).as("due that day is not overdue yet").hasSize(1);
        at(61);
        scan();
        at(100);
        restartedScan();

        assertThat(sent(f.bureau, "pledge-item")).as("the item reported done is reminded of nothing")
                .containsExactlyInAnyOrder("pledge-item:" + id + ":1|due-in-7-days",
                        "pledge-item:" + id + ":1|overdue");
        JsonNode overdue = reminder(f.bureau, "pledge-item:" + id + ":1", "overdue");
        assertThat(overdue.path("title").asString()).isEqualTo("承诺事项已逾期");
        assertThat(strings(overdue.path("personNos"))).containsExactly("M1");
        assertThat(strings(overdue.path("roles"))).containsExactly("SECRETARY");
        assertThat(overdue.path("detail").asString()).endsWith("，已逾期，尚未报告完成");
        assertNoMoreEventsThan(f.bureau, 2);
    }

    @Test
    void a_rectification_order_reminds_its_responsible_person_before_its_deadline_and_the_secretary_once_overdue() {
        String id = f.rectifying(inDays(30));

        at(22);
        scan();
        assertThat(sent(f.bureau, "pledge-")).as("the evaluated pledge's item deadlines no longer count").isEmpty();
        at(23);
        scan();
        at(31);
        scan();
        scan();

        assertThat(sent(f.bureau, "pledge-")).containsExactlyInAnyOrder(
                "pledge-rectification:" + id + ":2|due-in-7-days", "pledge-rectification:" + id + ":2|overdue");
        capture.awaitEvents(f.bureau, TYPE, 2)
                .forEach(e -> EventContracts.assertConforms(EventTypes.PLEDGE_REMINDER_DUE, e.toString()));
        JsonNode soon = reminder(f.bureau, "pledge-rectification:" + id + ":2", "due-in-7-days");
        assertAddressed(soon, "RECTIFICATION_DEADLINE", List.of(), List.of("M2"), "/app/pledges/" + id);
        assertThat(soon.path("title").asString()).isEqualTo("承诺整改期限临近");
        assertThat(soon.path("detail").asString()).isEqualTo(
                "姓名M1的承诺第 2 项「办理林政案件零投诉」（责任人：姓名M2）" + "责令限期整改「限期补齐走访记录」，整改期限" + chinese(inDays(30)) + "，尚未整改销号");
        JsonNode overdue = reminder(f.bureau, "pledge-rectification:" + id + ":2", "overdue");
        assertThat(overdue.path("title").asString()).isEqualTo("承诺整改已逾期");
        assertThat(strings(overdue.path("roles"))).containsExactly("SECRETARY");
    }

    @Test
    void a_closed_rectification_is_reminded_of_nothing_more() {
        String id = f.rectifying(inDays(30));
        at(23);
        scan();
        expect(200, f.closeRectification(id, 2, "整改到位"));

        at(40);
        scan();

        assertThat(sent(f.bureau, "pledge-")).containsExactly("pledge-rectification:" + id + ":2|due-in-7-days");
    }

    @Test
    void the_publicity_deadline_reminds_the_secretary_and_each_member_who_has_not_pledged_and_the_secretary_once_it_passed() {
        int year = f.year + 1;
        expect(201, f.leader().post("/api/pledge/campaigns", Map.of("year", year)));
        PledgeFixture other = new PledgeFixture(port);
        roster(f.bureau, member("M1", "张三", true, true), member("M2", "李四", true, true), member("M3", "王五", true, true),
                member("N1", "赵六", false, true), member("M9", "钱七", true, false));
        roster(other.bureau, member("Q1", "外局党员", true, true));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> partyMembers.of(f.bureau).size() == 3 && partyMembers.of(other.bureau).size() == 1);
        expect(201, f.member("M1").post("/api/pledge/pledges",
                PledgeFixture.memberPledge(year, PledgeFixture.item("每月走访辖区林农不少于4户", "M1", inDays(60)))));

        onBureauDay(LocalDate.of(year, 5, 23));
        scan();
        assertThat(sent(f.bureau, "pledge-publicity")).as("eight days before").isEmpty();

        onBureauDay(LocalDate.of(year, 5, 24));
        scan();
        restartedScan();
        assertThat(sent(f.bureau, "pledge-publicity")).containsExactlyInAnyOrder(
                "pledge-publicity:" + year + "|due-in-7-days", "pledge-publicity:" + year + ":members|due-in-7-days");
        JsonNode secretary = reminder(f.bureau, "pledge-publicity:" + year, "due-in-7-days");
        assertAddressed(secretary, "PLEDGE_PUBLICITY_DEADLINE", List.of("SECRETARY"), List.of(),
                "/app/secretary/not-pledged");
        assertThat(secretary.path("dueOn").asString()).isEqualTo(year + "-05-31");
        assertThat(secretary.path("title").asString()).isEqualTo("承诺公示截止临近");
        assertThat(secretary.path("detail").asString())
                .isEqualTo("「" + year + "年度党员承诺践诺活动」公示截止" + year + "年5月31日，尚有 2 名党员未提交承诺：李四、王五");
        JsonNode members = reminder(f.bureau, "pledge-publicity:" + year + ":members", "due-in-7-days");
        assertThat(strings(members.path("personNos"))).as("party members now in this bureau who have not pledged")
                .containsExactly("M2", "M3");
        assertThat(members.path("roles").isEmpty()).isTrue();
        assertThat(members.path("link").asString()).isEqualTo("/app/pledges/new");
        assertThat(members.path("detail").asString()).contains(year + "年5月31日前公示", "您尚未提交本人承诺");

        onBureauDay(LocalDate.of(year, 5, 31));
        scan();
        onBureauDay(LocalDate.of(year, 6, 1));
        scan();
        scan();
        assertThat(sent(f.bureau, "pledge-publicity")).hasSize(3).contains("pledge-publicity:" + year + "|overdue");
        JsonNode overdue = reminder(f.bureau, "pledge-publicity:" + year, "overdue");
        assertThat(strings(overdue.path("roles"))).containsExactly("SECRETARY");
        assertThat(overdue.path("personNos").isEmpty()).isTrue();
        assertThat(overdue.path("title").asString()).isEqualTo("承诺公示截止已过，仍有党员未承诺");
        assertThat(sent(other.bureau, "pledge-publicity")).as("the other bureau opened no campaign for that year")
                .isEmpty();
    }

    @Test
    void a_bureau_where_every_party_member_has_pledged_gets_no_publicity_reminder() {
        int year = f.year + 1;
        expect(201, f.leader().post("/api/pledge/campaigns", Map.of("year", year)));
        roster(f.bureau, member("M1", "张三", true, true), member("N1", "赵六", false, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> partyMembers.of(f.bureau).size() == 1);
        expect(201, f.member("M1").post("/api/pledge/pledges",
                PledgeFixture.memberPledge(year, PledgeFixture.item("每月走访辖区林农不少于4户", "M1", inDays(60)))));

        onBureauDay(LocalDate.of(year, 5, 24));
        scan();
        onBureauDay(LocalDate.of(year, 6, 1));
        scan();

        assertThat(sent(f.bureau, "pledge-publicity")).isEmpty();
    }

    @Test
    void another_bureaus_pledges_never_produce_or_address_a_reminder_in_this_bureau() {
        PledgeFixture other = new PledgeFixture(port);
        String mine = f.propose("M1");
        String theirs = other.propose("M1");
        String theirPublished = other.published("M2");

        scan();
        at(61);
        scan();

        assertThat(sent(f.bureau, "pledge-")).containsExactlyInAnyOrder("pledge-review:" + mine + ":1|waiting",
                "pledge-review:" + mine + ":1|waiting-3-days");
        assertThat(sent(other.bureau, "pledge-")).containsExactlyInAnyOrder("pledge-review:" + theirs + ":1|waiting",
                "pledge-review:" + theirs + ":1|waiting-3-days", "pledge-item:" + theirPublished + ":1|overdue");
        capture.awaitEvents(other.bureau, TYPE, 3);
        assertThat(capture.awaitEvents(f.bureau, TYPE, 2)).hasSize(2)
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain(theirs, theirPublished));
        assertThat(capture.events(other.bureau, TYPE)).allSatisfy(e -> assertThat(e.toString()).doesNotContain(mine));
    }

    @Test
    void two_replicas_do_not_both_scan_and_another_takes_over_once_the_holder_stops() {
        MovableClock leases = new MovableClock();
        leases.advance(Duration.ofDays(1));
        PledgeReminderScan first = job(new LeasedJobs(mongo, leases));
        PledgeReminderScan second = job(new LeasedJobs(mongo, leases));

        assertThat(first.scanUnderLease()).isTrue();
        assertThat(second.scanUnderLease()).as("the lease is held by the first").isFalse();
        assertThat(first.scanUnderLease()).as("the holder renews it").isTrue();

        leases.advance(Duration.ofMinutes(21));
        assertThat(second.scanUnderLease()).as("the first stopped and its lease lapsed").isTrue();
        assertThat(first.scanUnderLease()).isFalse();
    }

    @Test
    void the_scan_runs_on_the_services_schedule() {
        assertThat(scheduler.getScheduledTasks()).extracting(task -> task.getTask().getRunnable().toString())
                .anyMatch(runnable -> runnable.contains(PledgeReminderScan.class.getName() + ".scheduled"));
    }

    /** A scan by the job as the service runs it. */
    private void scan() {
        job(jobs).run();
    }

    /** A scan by a new instance of every part, as another replica or a restarted service would run it. */
    private void restartedScan() {
        new PledgeReminderScan(campaigns, new PublicityReminders(campaigns, pledges, partyMembers, reminders, 7),
                new ReviewReminders(pledges, reminders), new DeadlineReminders(pledges, reminders),
                new LeasedJobs(mongo, clock), clock, Duration.ofMinutes(10)).run();
    }

    private PledgeReminderScan job(LeasedJobs leases) {
        return new PledgeReminderScan(campaigns, new PublicityReminders(campaigns, pledges, partyMembers, reminders, 7),
                new ReviewReminders(pledges, reminders), new DeadlineReminders(pledges, reminders), leases, clock,
                Duration.ofMinutes(10));
    }

    /** Moves the scan's clock to {@code days} from today, at this time of day. */
    private void at(int days) {
        clock.reset();
        clock.advance(Duration.ofDays(days));
    }

    private void onBureauDay(LocalDate day) {
        clock.reset();
        clock.advance(Duration.between(Instant.now(), day.atTime(12, 0).atZone(Quarter.BUREAU_TIME).toInstant()));
    }

    private List<String> sent(String bureau, String subjectPrefix) {
        return mongo.find(Query.query(Criteria.where("bureauId").is(bureau)), SentReminder.class).stream()
                .filter(r -> r.getSubject().startsWith(subjectPrefix)).map(r -> r.getSubject() + "|" + r.getThreshold())
                .toList();
    }

    /**
     * The reminder of {@code subject} at {@code threshold} as the bureau's events carry it, checked against the
     * contract; reminders of different subjects travel under different keys, so their order is not asserted.
     */
    private JsonNode reminder(String bureau, String subject, String threshold) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> capture.events(bureau, TYPE).stream().anyMatch(e -> is(e, subject, threshold)));
        JsonNode event = capture.events(bureau, TYPE).stream().filter(e -> is(e, subject, threshold)).findFirst()
                .orElseThrow();
        EventContracts.assertConforms(EventTypes.PLEDGE_REMINDER_DUE, event.toString());
        return event.path("payload");
    }

    private static boolean is(JsonNode event, String subject, String threshold) {
        return event.path("payload").path("subject").asString().equals(subject)
                && event.path("payload").path("threshold").asString().equals(threshold);
    }

    /** The reminder is of {@code kind}, goes to exactly these roles and people, and leads to {@code link}. */
    private static void assertAddressed(JsonNode reminder, String kind, List<String> roles, List<String> people,
            String link) {
        assertThat(reminder.path("kind").asString()).isEqualTo(kind);
        assertThat(strings(reminder.path("roles"))).containsExactlyElementsOf(roles);
        assertThat(strings(reminder.path("personNos"))).containsExactlyElementsOf(people);
        assertThat(reminder.path("link").asString()).isEqualTo(link);
    }

    private void assertNoMoreEventsThan(String bureau, int count) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> capture.events(bureau, TYPE).size() == count);
    }

    private static MemberChanged member(String personNo, String name, boolean partyMember, boolean active) {
        return new MemberChanged(personNo, name, "linzheng", partyMember, active,
                active ? MemberChanged.Change.JOINED : MemberChanged.Change.LEFT);
    }

    private static void roster(String bureau, MemberChanged... people) {
        for (MemberChanged person : people) {
            EventCapture.send(Topics.ROSTER, bureau + person.personNo(),
                    CODEC.encode(EventEnvelope.of(EventTypes.MEMBER_CHANGED, bureau, Instant.now(), person)));
        }
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
