package cn.sangang.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import cn.sangang.evaluation.BureauEvents;
import cn.sangang.evaluation.EvaluationServiceTest;
import cn.sangang.evaluation.PostEvents;
import cn.sangang.evaluation.survey.domain.TargetType;
import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.Topics;
import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.events.pledge.PledgePublicized;
import cn.sangang.events.post.PostAwarded;
import cn.sangang.events.post.PostKind;
import cn.sangang.events.zone.ZoneDrawn;
import cn.sangang.platform.code.PublicCodes;
import cn.sangang.platform.schedule.LeasedJobs;
import cn.sangang.platform.security.Role;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.RoleSweep;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/** Each quarter's surveys open and the last quarter's close without the office's hand, as the clock turns. */
@EvaluationServiceTest
class QuarterlySurveysTest {

    private static final EventCodec CODEC = new EventCodec();

    @LocalServerPort
    int port;

    @Autowired
    QuarterlySurveys job;

    @Autowired
    PublicTargets targets;

    @Autowired
    MongoOperations mongo;

    @Autowired
    Clock clock;

    final Quarter current = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME));
    String bureau;
    PostEvents post;
    String postPlaque;
    String zoneId;
    String zonePlaque;
    String pledgeId;
    String pledgeCode;

    @BeforeEach
    void liveTargets() {
        bureau = TestBureaus.fresh();
        post = new PostEvents(bureau);
        postPlaque = awardedPost(post, "林政执法示范岗");
        zoneId = new ObjectId().toHexString();
        zonePlaque = PublicCodes.next("ZR", code -> false);
        BureauEvents.deliver(Topics.ZONE, zoneId, EventTypes.ZONE_DRAWN, bureau,
                new ZoneDrawn(zoneId, zonePlaque, "林政股党员责任区", "linzheng", LocalDate.now()));
        pledgeId = new ObjectId().toHexString();
        pledgeCode = publicizedPledge(bureau, pledgeId, current.year());
        awaitTargets(bureau, 3);
    }

    @AfterEach
    void clockBack() {
        EvaluationServiceTest.CLOCK.reset();
    }

    @Test
    void a_quarter_opens_one_survey_for_each_live_post_zone_and_pledge_by_the_system() {
        job.run();

        assertThat(surveys(bureau))
                .extracting(s -> s.path("targetType").asString() + ":" + s.path("targetId").asString() + ":"
                        + s.path("quarter").asString() + ":" + s.path("open").asBoolean() + ":"
                        + s.path("automatic").asBoolean())
                .containsExactlyInAnyOrder("POST:" + post.postId + ":" + current + ":true:true",
                        "ZONE:" + zoneId + ":" + current + ":true:true",
                        "PLEDGE:" + pledgeId + ":" + current + ":true:true");
        assertThat(surveys(bureau)).extracting(s -> s.path("title").asString())
                .contains(current.year() + "年第" + "一二三四".charAt(current.number() - 1) + "季度 群众满意度测评：林政执法示范岗");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(office(bureau).get("/api/evaluation/audit").json())
                        .filteredOn(e -> e.path("action").asString().equals("survey.created")).hasSize(3)
                        .allSatisfy(e -> assertThat(e.path("actor").asString()).isEqualTo("system")));
    }

    @Test
    void the_plaque_and_board_links_find_the_automatic_surveys() {
        job.run();

        assertThat(codesAt("plaque=" + postPlaque)).containsExactly(code(TargetType.POST, post.postId));
        assertThat(codesAt("plaque=" + zonePlaque)).containsExactly(code(TargetType.ZONE, zoneId));
        assertThat(codesAt("pledge=" + pledgeCode)).containsExactly(code(TargetType.PLEDGE, pledgeId));
    }

    @Test
    void at_the_quarters_turn_its_automatic_surveys_close_and_the_next_quarters_open_while_the_offices_own_stay_open() {
        job.run();
        String manual = office(bureau)
                .post("/api/evaluation/surveys",
                        Map.of("targetType", "LEADERSHIP", "title", "领导班子测评", "quarter", current.toString()))
                .json().path("code").asString();
        Quarter next = current.next();

        EvaluationServiceTest.CLOCK.advance(
                Duration.between(clock.instant(), next.firstDay().atStartOfDay(Quarter.BUREAU_TIME).toInstant())
                        .plusMinutes(1));
        job.run();

        List<JsonNode> all = surveys(bureau);
        assertThat(all)
                .filteredOn(
                        s -> s.path("quarter").asString().equals(current.toString()) && s.path("automatic").asBoolean())
                .hasSize(3).allSatisfy(s -> assertThat(s.path("open").asBoolean()).isFalse());
        assertThat(all).filteredOn(s -> s.path("quarter").asString().equals(next.toString()))
                .extracting(s -> s.path("targetId").asString()).contains(post.postId, zoneId)
                .allSatisfy(id -> assertThat(all).anyMatch(s -> s.path("targetId").asString().equals(id)
                        && s.path("quarter").asString().equals(next.toString()) && s.path("open").asBoolean()));
        assertThat(all).filteredOn(s -> s.path("code").asString().equals(manual)).singleElement()
                .satisfies(s -> assertThat(s.path("open").asBoolean()).isTrue());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(office(bureau).get("/api/evaluation/audit").json())
                        .filteredOn(e -> e.path("action").asString().equals("survey.closed")).hasSize(3)
                        .allSatisfy(e -> {
                            assertThat(e.path("actor").asString()).isEqualTo("system");
                            assertThat(e.path("reason").asString()).isEqualTo("季度已结束");
                        }));
    }

    @Test
    void a_bureau_that_turned_automatic_surveys_off_gets_none_and_another_bureau_cannot_turn_them_back_on() {
        String other = TestBureaus.fresh();
        assertThat(office(bureau).get("/api/evaluation/survey-settings").json().path("autoQuarterly").asBoolean())
                .isTrue();

        var off = office(bureau).put("/api/evaluation/survey-settings", Map.of("autoQuarterly", false));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(office(other).put("/api/evaluation/survey-settings", Map.of("autoQuarterly", true)).status())
                .isEqualTo(200);
        job.run();

        assertThat(surveys(bureau)).isEmpty();
        assertThat(office(bureau).get("/api/evaluation/survey-settings").json().path("autoQuarterly").asBoolean())
                .isFalse();
    }

    @Test
    void only_the_office_sets_the_survey_settings_and_the_leaders_read_them() {
        RoleSweep.assertOutsidersRefused(
                EnumSet.of(Role.MEMBER, Role.UNIT_HEAD, Role.LEADER, Role.SECRETARY, Role.OFFICE, Role.ADMIN),
                role -> Api.at(port).as(TestTokens.token(bureau, "S1", role.name())),
                List.of(new RoleSweep.Rule("GET", "/api/evaluation/survey-settings", null,
                        EnumSet.of(Role.OFFICE, Role.LEADER)),
                        new RoleSweep.Rule("PUT", "/api/evaluation/survey-settings", Map.of("autoQuarterly", true),
                                EnumSet.of(Role.OFFICE))));
    }

    @Test
    void a_revoked_post_and_a_pledge_of_an_earlier_campaign_get_none() {
        PostEvents revoked = new PostEvents(bureau);
        awardedPost(revoked, "已撤销示范岗");
        revoked.deliver(revoked.revoked(current.toString()));
        publicizedPledge(bureau, new ObjectId().toHexString(), current.year() - 1);
        awaitTargets(bureau, 5);
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo
                .exists(Query.query(Criteria.where("_id").is(bureau + ":" + revoked.postId)), "revoked_posts"));

        job.run();

        assertThat(surveys(bureau)).extracting(s -> s.path("targetId").asString())
                .containsExactlyInAnyOrder(post.postId, zoneId, pledgeId);
    }

    @Test
    void replicas_running_the_job_at_once_or_again_open_each_survey_once() {
        CompletableFuture.allOf(CompletableFuture.runAsync(job::run), CompletableFuture.runAsync(job::run)).join();
        job.run();
        LeasedJobs first = new LeasedJobs(mongo, clock);
        LeasedJobs second = new LeasedJobs(mongo, clock);
        boolean ranFirst = first.runExclusively(QuarterlySurveys.JOB, Duration.ofSeconds(30), job::run);
        boolean ranSecond = second.runExclusively(QuarterlySurveys.JOB, Duration.ofSeconds(30), job::run);

        assertThat(ranFirst && ranSecond).as("two lease holders in one lease").isFalse();
        assertThat(surveys(bureau)).hasSize(3);
    }

    private String code(TargetType type, String targetId) {
        return surveys(bureau).stream()
                .filter(s -> s.path("targetType").asString().equals(type.name())
                        && s.path("targetId").asString().equals(targetId))
                .map(s -> s.path("code").asString()).findFirst().orElseThrow();
    }

    private List<String> codesAt(String query) {
        return Api.at(port).get("/public/evaluation/surveys?" + query).json().valueStream()
                .map(s -> s.path("code").asString()).toList();
    }

    private String awardedPost(PostEvents of, String title) {
        String plaque = PublicCodes.next("PQ", code -> false);
        of.deliver(CODEC
                .encode(EventEnvelope.of(EventTypes.POST_AWARDED, of.bureau, Instant.now(), new PostAwarded(of.postId,
                        PostKind.INDIVIDUAL, title, "M1", "linzheng", "P-1", plaque, LocalDate.now()))));
        return plaque;
    }

    private static String publicizedPledge(String bureau, String pledgeId, int campaignYear) {
        String code = PublicCodes.next("PL", c -> false);
        BureauEvents.deliver(Topics.PLEDGE, pledgeId, EventTypes.PLEDGE_PUBLICIZED, bureau,
                new PledgePublicized(pledgeId, PledgeKind.MEMBER, campaignYear, "M1", code,
                        LocalDate.of(campaignYear, 5, 1), LocalDate.of(campaignYear, 5, 31), false, 3));
        return code;
    }

    private void awaitTargets(String of, int count) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> targets.all().stream().filter(t -> t.target().bureauId().equals(of)).count() == count);
    }

    private Api office(String of) {
        return Api.at(port).as(TestTokens.token(of, "O1", "OFFICE"));
    }

    private List<JsonNode> surveys(String of) {
        return office(of).get("/api/evaluation/surveys").json().valueStream().toList();
    }
}
