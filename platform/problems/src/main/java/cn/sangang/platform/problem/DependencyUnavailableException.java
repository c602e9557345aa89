package cn.sangang.platform.problem;

import java.util.Map;

/** A service this request depends on does not answer. */
public class DependencyUnavailableException extends DomainException {

    public DependencyUnavailableException(String code) {
        this(code, Map.of());
    }

    public DependencyUnavailableException(String code, Map<String, ?> args) {
        super(Refusal.UNAVAILABLE, code, args);
    }
}
