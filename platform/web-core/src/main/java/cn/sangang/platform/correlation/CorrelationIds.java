package cn.sangang.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id that lets one request be followed from the gateway through every service's log: the
 * caller's own if it is sane, else a new one.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";

    // The id goes into log lines and a response header: anything wider could forge log lines or split headers.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private CorrelationIds() {
    }

    /** The id a request carries on: {@code given} when it is sane, otherwise a fresh one. */
    public static String keepOrStart(String given) {
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
