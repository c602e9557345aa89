package cn.sangang.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ProblemCatalogueTest {

    @Test
    void every_code_the_platform_throws_has_its_messages() {
        assertThat(ProblemCatalogue.platform().uncatalogued(Path.of("src/main/java"))).isEmpty();
        assertThat(ProblemCatalogue.codesThrownIn(Path.of("src/main/java"))).contains("caller.needs-role");
    }
}
