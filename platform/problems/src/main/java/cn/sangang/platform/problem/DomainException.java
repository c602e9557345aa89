package cn.sangang.platform.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request the rules refuse, named by a stable code (such as {@code pledge.not-party-members}) with the values
 * its message needs. Plain Java so domain classes can throw it; the web layer turns each kind into its status and
 * the code into the caller's language through {@link ProblemMessages}, so clients and tests rely on the code,
 * never on wording. It carries no HTTP: its {@link Refusal} kind is what the web layer maps to a status.
 */
public abstract class DomainException extends RuntimeException {

    private final Refusal kind;
    private final String code;
    private final Map<String, Object> args;

    protected DomainException(Refusal kind, String code, Map<String, ?> args) {
        super(code + (args.isEmpty() ? "" : " " + args));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = ProblemMessages.requireCode(code);
        this.args = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(args, "args")));
    }

    public String code() {
        return code;
    }

    public Map<String, Object> args() {
        return args;
    }

    public Refusal kind() {
        return kind;
    }
}
