package cn.sangang.events.zone;

import java.util.Objects;

/**
 * The leadership assessed a responsibility zone for a quarter (e.g. {@code 2026-Q2}) on the three criteria,
 * each scored 0–100; {@code total} is their mean, rounded.
 */
public record ZoneAssessed(String zoneId, String zoneName, String unitCode, String quarter, int coreWorkScore,
        int problemSolvingScore, int serviceCapacityScore, int total, String assessedBy) {

    public ZoneAssessed {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(quarter, "quarter");
    }
}
