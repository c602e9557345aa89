package cn.sangang.events.zone;

import java.util.Objects;

/** A responsibility zone was dissolved: its plaque {@code plaqueCode} comes down and its public page with it. */
public record ZoneDissolved(String zoneId, String plaqueCode, String zoneName, String unitCode, String reason) {

    public ZoneDissolved {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(plaqueCode, "plaqueCode");
    }
}
