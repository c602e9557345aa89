package cn.sangang.platform.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo bureaus of the local system's seed file, each read as the seeding service's own view of a bureau: a record
 * naming only the fields that service seeds from, the others passed over.
 */
public final class DemoBureaus {

    /** The seed file, for {@code @Value(SEED_FILE)}. */
    public static final String SEED_FILE = "${sangang.demo.seed-file}";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private DemoBureaus() {
    }

    public static <B> List<B> read(String seedFile, Class<B> bureau) throws IOException {
        return JSON.readerForListOf(bureau)
                .readValue(JSON.readTree(Files.readString(Path.of(seedFile))).get("bureaus"));
    }
}
