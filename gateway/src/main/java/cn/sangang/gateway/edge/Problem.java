package cn.sangang.gateway.edge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpStatus;

/**
 * A refusal with its status, a stable code and the values its message needs; rendered as problem+json with the
 * title and detail in the caller's language ({@code problems/service*.properties}), so clients rely on the code.
 */
public class Problem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> args;
    private final Long retryAfterSeconds;

    public Problem(HttpStatus status, String code, Map<String, ?> args) {
        this(status, code, args, null);
    }

    public Problem(HttpStatus status, String code, Map<String, ?> args, Long retryAfterSeconds) {
        super(code + (args.isEmpty() ? "" : " " + args));
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a refusal needs a code");
        }
        this.status = Objects.requireNonNull(status, "status");
        this.code = code;
        this.args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Problem badRequest(String code, Map<String, ?> args) {
        return new Problem(HttpStatus.BAD_REQUEST, code, args);
    }

    public static Problem unauthorized(String code) {
        return new Problem(HttpStatus.UNAUTHORIZED, code, Map.of());
    }

    public static Problem forbidden(String code) {
        return forbidden(code, Map.of());
    }

    public static Problem forbidden(String code, Map<String, ?> args) {
        return new Problem(HttpStatus.FORBIDDEN, code, args);
    }

    public static Problem notFound(String code, Map<String, ?> args) {
        return new Problem(HttpStatus.NOT_FOUND, code, args);
    }

    public static Problem conflict(String code, Map<String, ?> args) {
        return new Problem(HttpStatus.CONFLICT, code, args);
    }

    public static Problem unprocessable(String code, Map<String, ?> args) {
        return new Problem(HttpStatus.UNPROCESSABLE_ENTITY, code, args);
    }

    /** A service the gateway needs did not answer; worth a retry in a few seconds. */
    public static Problem unavailable(String service) {
        return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "service.unavailable", Map.of("service", service), 5L);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> args() {
        return args;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
