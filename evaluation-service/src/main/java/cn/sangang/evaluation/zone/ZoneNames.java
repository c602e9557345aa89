package cn.sangang.evaluation.zone;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The names exports print for the unit codes and bureau ids evaluation-service keeps, as zone-service tells them
 * (asked with the caller's own token, before a sheet starts to stream). Whatever zone-service cannot name stays a
 * code or an id.
 */
@Component
public class ZoneNames {

    /** Names by code or id; {@link #of} falls back to the code itself. */
    public record Names(Map<String, String> byKey) {

        public String of(String key) {
            return key == null ? null : byKey.getOrDefault(key, key);
        }
    }

    private final ZoneServiceClient zone;

    ZoneNames(ZoneServiceClient zone) {
        this.zone = zone;
    }

    /** The units of the caller's bureau. */
    public Names units() {
        return names(zone.units(bearer()), ZoneServiceClient.Unit::code, ZoneServiceClient.Unit::name);
    }

    /** The caller's bureau as titles name it; its id while zone-service cannot tell. */
    public String bureau(String bureau) {
        ZoneServiceClient.Bureau answer = zone.bureau(bearer());
        return answer.name() == null || answer.name().isBlank() || !bureau.equals(answer.id()) ? bureau : answer.name();
    }

    /** Every bureau, for the county office. */
    public Names bureaus() {
        return names(zone.bureaus(bearer()), ZoneServiceClient.Bureau::id, ZoneServiceClient.Bureau::name);
    }

    private static <T> Names names(List<T> answers, Function<T, String> key, Function<T, String> name) {
        Map<String, String> byKey = new HashMap<>();
        for (T answer : answers == null ? List.<T>of() : answers) {
            String k = key.apply(answer);
            String n = name.apply(answer);
            if (k != null && n != null && !n.isBlank()) {
                byKey.put(k, n);
            }
        }
        return new Names(Map.copyOf(byKey));
    }

    private static String bearer() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return "Bearer " + token.getToken().getTokenValue();
        }
        throw new IllegalStateException("zone-service is asked on behalf of an authenticated caller only");
    }
}
