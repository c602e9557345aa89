package cn.sangang.platform.problem;

import java.util.Map;

/** The request is malformed. */
public class BadRequestException extends DomainException {

    public BadRequestException(String code) {
        this(code, Map.of());
    }

    public BadRequestException(String code, Map<String, ?> args) {
        super(code, args);
    }

    @Override
    public Refusal kind() {
        return Refusal.INVALID;
    }
}
