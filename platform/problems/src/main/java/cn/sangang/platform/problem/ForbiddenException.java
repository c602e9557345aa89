package cn.sangang.platform.problem;

import java.util.Map;

/** The caller may not do this. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String code) {
        this(code, Map.of());
    }

    public ForbiddenException(String code, Map<String, ?> args) {
        super(Refusal.FORBIDDEN, code, args);
    }
}
