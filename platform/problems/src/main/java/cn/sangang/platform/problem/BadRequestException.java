package cn.sangang.platform.problem;

import java.util.Map;

/** The request is malformed. */
public class BadRequestException extends DomainException {

    public BadRequestException(String code) {
        this(code, Map.of());
    }

    public BadRequestException(String code, Map<String, ?> args) {
        super(Refusal.INVALID, code, args);
    }
}
