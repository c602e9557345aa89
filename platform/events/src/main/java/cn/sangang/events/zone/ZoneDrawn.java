package cn.sangang.events.zone;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A responsibility zone was drawn and its plaque put up. {@code plaqueCode} is the plaque's public key: its page, its
 * QR code and its satisfaction survey are addressed by it.
 */
public record ZoneDrawn(String zoneId, String plaqueCode, String zoneName, String unitCode, LocalDate drawnOn) {

    public ZoneDrawn {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(plaqueCode, "plaqueCode");
        Objects.requireNonNull(drawnOn, "drawnOn");
    }
}
