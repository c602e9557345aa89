package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import tools.jackson.databind.JsonNode;

import cn.sangang.platform.endpoint.Endpoint;
import cn.sangang.platform.endpoint.EndpointCatalogue;

/**
 * Holds a service's endpoint catalogue to the truth: the endpoints Spring maps, the fixture's calls, the OpenAPI
 * document the service serves, and docs/roles.md. Whether its roles and audit actions are right the role and audit
 * sweeps prove by calling.
 */
public final class EndpointCatalogues {

    /** docs/roles.md, seen from a module's directory, where its tests run. */
    public static final Path ROLES_DOCUMENT = Path.of("../docs/roles.md");

    /** {@code -Dsangang.write-docs=true} rewrites a stale section of docs/roles.md instead of failing. */
    private static final boolean WRITE = Boolean.getBoolean("sangang.write-docs");

    private EndpointCatalogues() {
    }

    /**
     * The catalogue lists exactly the endpoints Spring maps ({@code mapped}, public ones included), and the fixture
     * has a call of each but the public reads, made by a caller holding a role the catalogue allows.
     */
    public static void assertAgree(EndpointCatalogue catalogue, Set<String> mapped, EndpointFixture fixture) {
        assertLists(catalogue, mapped);
        Set<String> swept = catalogue.all().stream().filter(e -> !e.open() || e.changesState()).map(Endpoint::key)
                .collect(Collectors.toCollection(TreeSet::new));
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(new TreeSet<>(fixture.endpoints())).as("the fixture's calls against the catalogue")
                    .isEqualTo(swept);
            for (EndpointFixture.Entry entry : fixture.entries()) {
                catalogue.find(entry.endpoint()).ifPresent(endpoint -> {
                    if (endpoint.open()) {
                        softly.assertThat(entry.caller().isPublic()).as(entry.endpoint() + " is called by the public")
                                .isTrue();
                    } else {
                        softly.assertThat(endpoint.roles())
                                .as(entry.endpoint() + ": the fixture's caller holds a role the " + "catalogue allows")
                                .containsAnyElementsOf(entry.caller().roles());
                    }
                });
            }
        });
    }

    /** The catalogue lists exactly the endpoints Spring maps ({@code mapped}, public ones included). */
    public static void assertLists(EndpointCatalogue catalogue, Set<String> mapped) {
        Set<String> listed = catalogue.all().stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("the catalogue of " + catalogue.service() + " against Spring's mappings")
                .isEqualTo(new TreeSet<>(mapped));
    }

    /**
     * The service's OpenAPI document lists exactly the catalogue's endpoints, each with the catalogue's roles
     * ({@code x-roles}, absent on a public one) and audit action ({@code x-audit-action}). A mapping of every method
     * ({@code "* /pattern"}) is left out: the document lists it once per method.
     */
    public static void assertPublished(EndpointCatalogue catalogue, JsonNode spec) {
        Map<String, String> published = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode roles = operation.getValue().path("x-roles");
            List<String> names = new ArrayList<>();
            roles.forEach(role -> names.add(role.asString()));
            List<String> actions = new ArrayList<>();
            operation.getValue().path("x-audit-action").forEach(action -> actions.add(action.asString()));
            if (catalogue.find("* " + path.getKey()).isEmpty()) {
                published.put(operation.getKey().toUpperCase() + " " + path.getKey(),
                        (roles.isMissingNode() ? "public" : names) + " " + actions);
            }
        }));
        catalogue.all().stream().filter(endpoint -> !endpoint.method().equals("*")).forEach(endpoint -> expected
                .put(endpoint.key(), (endpoint.open() ? "public" : endpoint.roles()) + " " + endpoint.auditActions()));
        assertThat(published).as(
                "the operations of " + catalogue.service() + "'s OpenAPI document, their roles and audit " + "actions")
                .isEqualTo(expected);
    }

    /**
     * docs/roles.md has the catalogue's table in the service's section; with {@code -Dsangang.write-docs=true} a
     * stale or missing section is written instead.
     */
    public static void assertDocumented(EndpointCatalogue catalogue) {
        String begin = "<!-- catalogue of " + catalogue.service() + " -->\n";
        String end = "<!-- end of " + catalogue.service() + " -->\n";
        String section = begin + catalogue.markdown() + end;
        String document = read();
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        String current = from < 0 || to < from ? null : document.substring(from, to + end.length());
        if (WRITE && !section.equals(current)) {
            write(current == null
                    ? document + "\n## " + catalogue.service() + "\n\n" + section
                    : document.replace(current, section));
            return;
        }
        assertThat(current).as("the section of " + catalogue.service() + " in docs/roles.md (regenerate: "
                + "mvn test -Dtest=EndpointCatalogueTest -Dsangang.write-docs=true)").isEqualTo(section);
    }

    private static String read() {
        try {
            return Files.exists(ROLES_DOCUMENT) ? Files.readString(ROLES_DOCUMENT, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String document) {
        try {
            Files.writeString(ROLES_DOCUMENT, document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
