package cn.sangang.platform.zone.client;

import java.util.Map;

import cn.sangang.platform.problem.DomainException;
import cn.sangang.platform.problem.Refusal;

/**
 * zone-service refused our question with a 4xx other than 404 — asked with the caller's own token, so usually the
 * caller may not know this (403) or sent something it cannot read (400). It answered, so this is no outage.
 */
public class ZoneRefusedException extends DomainException {

    private final int status;

    ZoneRefusedException(int status) {
        super(kindOf(status), "zone.refused", Map.of("status", status));
        this.status = status;
    }

    public int status() {
        return status;
    }

    private static Refusal kindOf(int status) {
        return switch (status) {
            case 401, 403 -> Refusal.FORBIDDEN;
            case 409 -> Refusal.CONFLICT;
            case 422 -> Refusal.RULE_VIOLATED;
            default -> Refusal.INVALID;
        };
    }
}
