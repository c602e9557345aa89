package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** What every refusal of every service must be, whichever sweep or test meets it. */
public final class ProblemAssertions {

    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)exception|java\\.|jakarta\\.|tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.bson|com\\.mongodb|\\tat ");

    private ProblemAssertions() {
    }

    /**
     * A refusal a client can act on: problem+json naming its status, with a stable code, and a title and a detail
     * in Chinese (the default language) free of internals.
     */
    public static void assertProblem(Api.Response response, String what) {
        assertThat(response.isProblem()).as("an application/problem+json answer: " + what).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).as("the problem names its status: " + what)
                .isEqualTo(response.status());
        assertThat(problem.path("title").asString("")).as("the problem has a title: " + what).isNotBlank();
        String detail = problem.path("detail").asString("");
        assertThat(detail).as("the problem says what is wrong: " + what).isNotBlank().hasSizeLessThan(1_000);
        assertThat(INTERNALS.matcher(detail).find()).as("the problem shows no internals: " + what + " — " + detail)
                .isFalse();
        assertThat(problem.path("code").asString("")).as("the problem has a stable code: " + what)
                .matches("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
        assertThat(detail).as("the problem speaks Chinese: " + what).containsPattern("[\\u4e00-\\u9fff]");
        assertThat(problem.path("title").asString("")).as("the title speaks Chinese: " + what)
                .containsPattern("[\\u4e00-\\u9fff]");
    }
}
