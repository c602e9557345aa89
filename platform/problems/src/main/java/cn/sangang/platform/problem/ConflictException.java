package cn.sangang.platform.problem;

import java.util.Map;

/** The request does not fit the current state. */
public class ConflictException extends DomainException {

    public ConflictException(String code) {
        this(code, Map.of());
    }

    public ConflictException(String code, Map<String, ?> args) {
        super(Refusal.CONFLICT, code, args);
    }
}
