package cn.sangang.platform.problem;

import java.util.Map;

/** The thing asked for does not exist in the caller's bureau. */
public class NotFoundException extends DomainException {

    public NotFoundException(String code) {
        this(code, Map.of());
    }

    public NotFoundException(String code, Map<String, ?> args) {
        super(Refusal.NOT_FOUND, code, args);
    }
}
