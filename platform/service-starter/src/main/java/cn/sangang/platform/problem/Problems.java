package cn.sangang.platform.problem;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of a refusal: status, a title and a detail in the caller's language, and the stable {@code code}
 * with its {@code args} that clients and tests rely on instead of the wording.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, Map<String, ?> args, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ProblemMessages.detail(code, args, locale));
        problem.setTitle(ProblemMessages.title(status.value(), locale));
        problem.setProperty("code", code);
        if (!args.isEmpty()) {
            problem.setProperty("args", args);
        }
        return problem;
    }

    public static ProblemDetail of(DomainException refusal, Locale locale) {
        return of(status(refusal.kind()), refusal.code(), refusal.args(), locale);
    }

    /** The status each kind of refusal is answered with. */
    public static HttpStatus status(Refusal kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /**
     * The problem as the members a writer outside Spring MVC serialises; MVC's converters flatten the extra
     * properties, a bare JSON mapper would nest them.
     */
    public static Map<String, Object> members(ProblemDetail problem) {
        return ProblemMembers.of(problem.getType(), problem.getTitle(), problem.getStatus(), problem.getDetail(),
            problem.getInstance(), problem.getProperties());
    }

    /** The caller's language where no Spring MVC locale is set yet (filters, the error valve). */
    public static Locale locale(HttpServletRequest request) {
        return ProblemMessages.locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
