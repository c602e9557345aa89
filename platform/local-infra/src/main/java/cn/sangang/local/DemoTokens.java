package cn.sangang.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints one development token per bureau and role for the people of the demo seed, plus one county token, all
 * signed with the local system's keys. Usage: {@code DemoTokens <home> <seed.json>}.
 * Output lines: {@code <bureauId> <ROLE> <personNo> <name> <token>}.
 */
public final class DemoTokens {

    static final List<String> ROLES = List.of("MEMBER", "UNIT_HEAD", "LEADER", "SECRETARY", "OFFICE", "ADMIN");
    static final Duration VALID_FOR = Duration.ofHours(12);

    private DemoTokens() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DemoTokens <home dir> <seed json>");
            System.exit(2);
        }
        TokenMinter minter = new TokenMinter(JwtKeys.loadOrCreate(Path.of(args[0]).resolve("keys")));
        JsonNode seed = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[1])));

        System.out
                .println("# demo tokens, valid " + VALID_FOR.toHours() + " h; columns: bureau role personNo name token;"
                        + " use: curl -H \"Authorization: Bearer <token>\" http://localhost:8082/api/zone/units");
        for (JsonNode bureau : seed.path("bureaus")) {
            String bureauId = bureau.path("id").asString();
            for (String role : ROLES) {
                JsonNode person = plainestWithRole(bureau.path("people"), role);
                if (person == null) {
                    System.err.println("no person with role " + role + " in bureau " + bureauId);
                    continue;
                }
                List<String> roles = new ArrayList<>();
                person.path("roles").forEach(r -> roles.add(r.asString()));
                String personNo = person.path("personNo").asString();
                String token = minter.mint(bureauId, personNo, roles, VALID_FOR);
                System.out.println(String.join(" ", bureauId, role, personNo, person.path("name").asString(), token));
            }
        }
        System.out.println("- COUNTY - 县委组织部 " + minter.mint(null, null, List.of("COUNTY"), VALID_FOR));
    }

    /** The person holding {@code role} with the fewest other roles, so each token shows that role's own view. */
    private static JsonNode plainestWithRole(JsonNode people, String role) {
        JsonNode chosen = null;
        for (JsonNode person : people) {
            boolean holds = false;
            for (JsonNode r : person.path("roles")) {
                holds |= role.equals(r.asString());
            }
            if (holds && (chosen == null || person.path("roles").size() < chosen.path("roles").size())) {
                chosen = person;
            }
        }
        return chosen;
    }
}
