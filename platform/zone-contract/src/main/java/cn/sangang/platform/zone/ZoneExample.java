package cn.sangang.platform.zone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * zone-service's example answers, one per question: the provider's tests check that its real answers have every
 * field of these with the same JSON types, and the consumers' stand-in answers in their shape, so neither side can
 * drift from what the other reads.
 */
public enum ZoneExample {
    BUREAU(ZonePaths.BUREAU, "bureau.json"), BUREAUS(ZonePaths.BUREAUS, "bureaus.json"), UNITS(ZonePaths.UNITS,
            "units.json"), PERSON(ZonePaths.PERSON, "person.json"), PEOPLE_LOOKUP(ZonePaths.PEOPLE_LOOKUP,
                    "people-lookup.json"), UNIT_MEMBERSHIP(ZonePaths.UNIT_MEMBERSHIP,
                            "unit-membership.json"), PARTY_MEMBERS(ZonePaths.PARTY_MEMBERS, "party-members.json");

    private final String path;
    private final String resource;

    ZoneExample(String path, String resource) {
        this.path = path;
        this.resource = "zone-contract/" + resource;
    }

    /** The path (as a template) this example answers. */
    public String path() {
        return path;
    }

    public String json() {
        try (InputStream in = ZoneExample.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
