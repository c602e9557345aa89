package cn.sangang.zone.reminder;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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

import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.platform.reminder.Reminders;
import cn.sangang.platform.reminder.SentReminder;
import cn.sangang.platform.schedule.LeasedJobs;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.EventContracts;
import cn.sangang.testkit.MovableClock;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.zone.BureauFixture;
import cn.sangang.zone.report.WaitingReports;

/** The office is reminded of each report waiting for it: at the next scan, after three days, and never twice. */
@ServiceIntegrationTest
class ReportRemindersTest {

    private static final String TYPE = EventTypes.ZONE_REMINDER_DUE.name();

    @LocalServerPort
    int port;

    @Autowired
    WaitingReports waiting;

    @Autowired
    Reminders reminders;

    @Autowired
    LeasedJobs jobs;

    @Autowired
    MongoOperations mongo;

    @Autowired
    ObjectProvider<ScheduledTaskHolder> scheduler;

    final MovableClock clock = new MovableClock();
    EventCapture capture;

    @BeforeEach
    void capture() {
        capture = EventCapture.of(Topics.ZONE);
    }

    @AfterEach
    void close() {
        capture.close();
    }

    /** A fresh instance of the job each time, as another replica or a restarted service would run it. */
    void scan() {
        new ReportReminders(waiting, reminders, jobs, clock, Duration.ofMinutes(10)).run();
    }

    @Test
    void a_submitted_report_reminds_the_office_at_the_next_scan_and_once_more_after_three_days() {
        Bureau b = new Bureau(port);
        scan();
        assertThat(sent(b.fixture.bureau)).isEmpty();

        String report = b.submit("调解山林纠纷的做法");
        scan();
        scan();

        assertThat(sent(b.fixture.bureau)).containsExactly("zone-report:" + report + "|waiting");
        JsonNode event = capture.awaitEvents(b.fixture.bureau, TYPE, 1).getFirst();
        EventContracts.assertConforms(EventTypes.ZONE_REMINDER_DUE, event.toString());
        JsonNode reminder = event.path("payload");
        assertThat(reminder.path("kind").asString()).isEqualTo("REPORT_WAITING");
        assertThat(reminder.path("roles").valueStream().map(JsonNode::asString)).containsExactly("OFFICE");
        assertThat(reminder.path("personNos").isEmpty()).isTrue();
        assertThat(reminder.path("link").asString()).isEqualTo("/app/office/reports");
        assertThat(reminder.path("title").asString()).isEqualTo("责任区报告待办公室处理");
        assertThat(reminder.path("detail").asString()).contains("「林政股党员责任区」", "工作进展报告「调解山林纠纷的做法」", "尚未处理");

        clock.advance(Duration.ofDays(3).minusMinutes(1));
        scan();
        assertThat(sent(b.fixture.bureau)).as("not before three days").hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        scan();
        scan();
        assertThat(sent(b.fixture.bureau)).containsExactlyInAnyOrder("zone-report:" + report + "|waiting",
                "zone-report:" + report + "|waiting-3-days");
        List<JsonNode> events = capture.awaitEvents(b.fixture.bureau, TYPE, 2);
        assertThat(events.get(1).path("payload").path("detail").asString()).contains("已等待 3 天以上");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> capture.events(b.fixture.bureau, TYPE).size() == 2);
    }

    @Test
    void a_report_the_office_has_acknowledged_gets_no_reminder_or_none_after_it() {
        Bureau b = new Bureau(port);
        String handledAtOnce = b.submit("已处理的报告");
        expect(200, b.fixture.office().post("/api/zone/reports/" + handledAtOnce + "/acknowledge", Map.of()));
        String handledLater = b.submit("稍后处理的报告");
        scan();
        expect(200,
                b.fixture.office().post("/api/zone/reports/" + handledLater + "/acknowledge", Map.of("note", "已阅")));

        clock.advance(Duration.ofDays(4));
        scan();

        assertThat(sent(b.fixture.bureau)).containsExactly("zone-report:" + handledLater + "|waiting");
    }

    @Test
    void another_bureaus_report_never_reminds_this_bureaus_office() {
        Bureau mine = new Bureau(port);
        Bureau other = new Bureau(port);
        String myReport = mine.submit("本局报告");
        String otherReport = other.submit("外局报告");

        scan();

        assertThat(sent(mine.fixture.bureau)).containsExactly("zone-report:" + myReport + "|waiting");
        assertThat(sent(other.fixture.bureau)).containsExactly("zone-report:" + otherReport + "|waiting");
        capture.awaitEvents(other.fixture.bureau, TYPE, 1);
        assertThat(capture.awaitEvents(mine.fixture.bureau, TYPE, 1))
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain(otherReport, "外局报告"));
    }

    @Test
    void the_scan_runs_on_the_services_schedule() {
        ScheduledTaskHolder tasks = scheduler.getIfAvailable();
        assertThat(tasks).as("scheduling is enabled").isNotNull();
        assertThat(tasks.getScheduledTasks()).extracting(task -> task.getTask().getRunnable().toString())
                .anyMatch(runnable -> runnable.contains(ReportReminders.class.getName() + ".scheduled"));
    }

    private List<String> sent(String bureau) {
        return mongo.find(Query.query(Criteria.where("bureauId").is(bureau)), SentReminder.class).stream()
                .map(r -> r.getSubject() + "|" + r.getThreshold()).toList();
    }

    /** A bureau with one zone, whose head writes its reports. */
    static final class Bureau {

        final BureauFixture fixture;
        final String zoneId;

        Bureau(int port) {
            fixture = new BureauFixture(port);
            zoneId = fixture.unitWithMembers("linzheng", 1).linzhengZone();
        }

        String submit(String title) {
            return fixture.submitReport(zoneId, "PROGRESS", title);
        }
    }
}
