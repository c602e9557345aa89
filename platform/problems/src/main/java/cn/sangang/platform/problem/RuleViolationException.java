package cn.sangang.platform.problem;

import java.util.Map;

/** The request breaks a rule of the scheme. */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String code) {
        this(code, Map.of());
    }

    public RuleViolationException(String code, Map<String, ?> args) {
        super(Refusal.RULE_VIOLATED, code, args);
    }
}
