package cn.sangang.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.events.ContractExamples;
import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.roster.MemberChanged;
import cn.sangang.gateway.account.Accounts;
import cn.sangang.platform.security.Role;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.EventCapture;
import cn.sangang.testkit.TestBureaus;

@GatewayTest
class RosterEventsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    final String bureau = TestBureaus.fresh();

    @Test
    void reads_the_member_changed_contract_example() {
        assertThat(new EventCodec().decode(ContractExamples.json(EventTypes.MEMBER_CHANGED)).payload())
                .isInstanceOf(MemberChanged.class);
    }

    @Test
    void a_person_who_leaves_the_bureau_loses_their_login_and_their_session_even_when_told_twice() {
        var login = new Logins(accounts, port).as(bureau, Role.MEMBER);
        String left = new EventCodec().encode(EventEnvelope.of(EventTypes.MEMBER_CHANGED, bureau, Instant.now(),
                new MemberChanged(login.account().personNo(), "某", "u", true, false, MemberChanged.Change.LEFT)));

        EventCapture.send(Topics.ROSTER, "k", left);
        EventCapture.send(Topics.ROSTER, "k", left);

        await().atMost(Duration.ofSeconds(30)).until(() -> login.api(port).get("/auth/me").status() == 401);
        assertThat(Api.at(port)
                .post("/auth/login", Map.of("username", login.account().username(), "password", Logins.PASSWORD))
                .status()).isEqualTo(401);
    }

    @Test
    void the_same_person_number_in_another_bureau_keeps_its_login() {
        var here = new Logins(accounts, port).as(bureau, Role.MEMBER);
        String elsewhere = new EventCodec().encode(EventEnvelope.of(EventTypes.MEMBER_CHANGED, TestBureaus.fresh(),
                Instant.now(),
                new MemberChanged(here.account().personNo(), "某", "u", true, false, MemberChanged.Change.LEFT)));
        String marker = UUID.randomUUID().toString();
        var witness = new Logins(accounts, port).as(bureau, Role.MEMBER);
        String witnessLeft = new EventCodec().encode(EventEnvelope.of(EventTypes.MEMBER_CHANGED, bureau, Instant.now(),
                new MemberChanged(witness.account().personNo(), marker, "u", true, false, MemberChanged.Change.LEFT)));

        EventCapture.send(Topics.ROSTER, "k", elsewhere);
        EventCapture.send(Topics.ROSTER, "k", witnessLeft);

        await().atMost(Duration.ofSeconds(30)).until(() -> witness.api(port).get("/auth/me").status() == 401);
        assertThat(here.api(port).get("/auth/me").status()).isEqualTo(200);
    }

    @Test
    void an_unreadable_roster_record_goes_to_the_dead_letter_topic() {
        String garbage = "{broken " + UUID.randomUUID();
        try (EventCapture capture = EventCapture.of(Topics.deadLetter(Topics.ROSTER))) {
            EventCapture.send(Topics.ROSTER, "k", garbage);

            assertThat(capture.awaitRecord(r -> garbage.equals(r.value())).topic())
                    .isEqualTo(Topics.deadLetter(Topics.ROSTER));
        }
    }
}
