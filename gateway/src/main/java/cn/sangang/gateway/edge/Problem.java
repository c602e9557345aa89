package cn.sangang.gateway.edge;

import org.springframework.http.HttpStatus;

/** A refusal with its status and a message a person can act on; rendered as problem+json. */
public class Problem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Long retryAfterSeconds;

    public Problem(HttpStatus status, String title, String detail) {
        this(status, title, detail, null);
    }

    public Problem(HttpStatus status, String title, String detail, Long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static Problem badRequest(String detail) {
        return new Problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
    }

    public static Problem unauthorized(String detail) {
        return new Problem(HttpStatus.UNAUTHORIZED, "Not authenticated", detail);
    }

    public static Problem forbidden(String detail) {
        return new Problem(HttpStatus.FORBIDDEN, "Forbidden", detail);
    }

    public static Problem notFound(String detail) {
        return new Problem(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    public static Problem conflict(String detail) {
        return new Problem(HttpStatus.CONFLICT, "Conflict", detail);
    }

    public static Problem unavailable(String service) {
        return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
            service + " is not answering; try again shortly", 5L);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
