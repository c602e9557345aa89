package cn.sangang.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    static JwtProperties keyFile(Path file, boolean generate) {
        return new JwtProperties(List.of(), List.of(file.toString()), null, "sangang", Duration.ofMinutes(15),
                Duration.ofDays(7), null, generate, "sangang-services", Duration.ofHours(12));
    }

    @Test
    void a_single_gateway_may_create_its_missing_key_file_once_and_keeps_it_across_restarts(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("keys/jwt-signing.jwk.json");

        String first = new SigningKeys(keyFile(file, true)).active().getKeyID();
        String again = new SigningKeys(keyFile(file, true)).active().getKeyID();

        assertThat(first).isEqualTo(again).startsWith("gen-");
        assertThat(Files.readString(file)).contains("\"d\"");
    }

    @Test
    void without_permission_to_create_it_a_missing_key_file_stops_the_start(@TempDir Path dir) {
        assertThatThrownBy(() -> new SigningKeys(keyFile(dir.resolve("absent.json"), false)))
                .hasMessageContaining("cannot read JWT key file");
    }
}
