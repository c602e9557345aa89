package cn.sangang.zone.roster;

import static cn.sangang.zone.BureauFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.platform.zone.ZoneExample;
import cn.sangang.platform.zone.ZonePaths;
import cn.sangang.testkit.Api;
import cn.sangang.testkit.ServiceIntegrationTest;
import cn.sangang.testkit.TestTokens;
import cn.sangang.zone.BureauFixture;

/**
 * zone-service keeps its side of zone-contract: each real answer, from a seeded bureau, has every field of the
 * example answer the consumers' stand-in serves, with the same JSON type — so no field a consumer reads can be
 * dropped, renamed or retyped here without this failing. Fields added here are free: consumers ignore them.
 */
@ServiceIntegrationTest
class ZoneContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void every_answer_other_services_read_has_every_field_of_its_example_with_the_same_type() {
        BureauFixture b = new BureauFixture(port);
        b.unitWithMembers("linzheng", 1);
        expect(200, b.admin().put(ZonePaths.BUREAU, Map.of("name", "契约县森林公安局", "reason", "机构设立")));
        Api secretary = b.as("S", "SECRETARY");

        Map<ZoneExample, Api.Response> answers = Map.of(ZoneExample.BUREAU, secretary.get(ZonePaths.BUREAU),
                ZoneExample.BUREAUS, Api.at(port).as(TestTokens.county()).get(ZonePaths.BUREAUS), ZoneExample.UNITS,
                secretary.get(ZonePaths.UNITS), ZoneExample.PERSON,
                b.as("linzheng-M1", "MEMBER").get(path(ZonePaths.PERSON, "linzheng-H")), ZoneExample.PEOPLE_LOOKUP,
                b.as("linzheng-M1", "MEMBER").post(ZonePaths.PEOPLE_LOOKUP,
                        Map.of("personNos", List.of("linzheng-H", "NOPE"))),
                ZoneExample.UNIT_MEMBERSHIP, secretary.get(path(ZonePaths.UNIT_MEMBERSHIP, "linzheng")),
                ZoneExample.PARTY_MEMBERS, secretary.get(ZonePaths.PARTY_MEMBERS));

        assertThat(answers.keySet()).as("every example is checked").containsExactlyInAnyOrder(ZoneExample.values());
        answers.forEach((example, answer) -> {
            assertThat(answer.status()).as(example + ": " + answer).isEqualTo(200);
            assertThat(differences(example.name(), JSON.readTree(example.json()), answer.json()))
                    .as(example + " answered " + answer.body()).isEmpty();
        });
    }

    @Test
    void a_dropped_or_retyped_field_is_found() {
        JsonNode example = JSON.readTree("{\"personNo\":\"P1\",\"active\":true,\"people\":[{\"name\":\"x\"}]}");

        assertThat(differences("x", example, JSON.readTree("{\"personNo\":\"P1\",\"active\":\"yes\",\"people\":[{}]}")))
                .containsExactly("x.active is a STRING, the example's a BOOLEAN", "x.people[0].name is missing");
        assertThat(differences("x", example,
                JSON.readTree("{\"personNo\":\"P1\",\"active\":true,\"people\":[]," + "\"added\":1}")))
                .containsExactly("x.people is empty, so its entries cannot be checked");
    }

    /** Where {@code real} lacks a field of {@code example} or holds another JSON type; every entry of a list. */
    private static List<String> differences(String at, JsonNode example, JsonNode real) {
        List<String> found = new ArrayList<>();
        if (real == null || real.isMissingNode()) {
            found.add(at + " is missing");
        } else if (real.getNodeType() != example.getNodeType()) {
            found.add(at + " is a " + real.getNodeType() + ", the example's a " + example.getNodeType());
        } else if (example.isObject()) {
            example.propertyNames().forEach(
                    field -> found.addAll(differences(at + "." + field, example.get(field), real.path(field))));
        } else if (example.isArray() && !example.isEmpty()) {
            if (real.isEmpty()) {
                found.add(at + " is empty, so its entries cannot be checked");
            }
            for (int i = 0; i < real.size(); i++) {
                found.addAll(differences(at + "[" + i + "]", example.get(0), real.get(i)));
            }
        }
        return found;
    }

    private static String path(String template, String value) {
        return template.replaceFirst("\\{[^}]+}", value);
    }
}
