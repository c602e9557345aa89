package cn.sangang.platform.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of a refusal: status, a title and a detail in the caller's language, and the stable {@code code}
 * with its {@code args} that clients and tests rely on instead of the wording. The same for the services and the
 * gateway, whichever web stack writes it.
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

    /**
     * Request fields that break their constraints: {@code request.invalid} with the fields' names as {@code args}, and
     * a detail that names each field as the screens do ({@code field.<name>}) with what is wrong with it.
     */
    public static ProblemDetail invalid(HttpStatus status, List<InvalidField> fields, Locale locale) {
        String separator = locale.equals(ProblemMessages.ENGLISH) ? "; " : "；";
        String said = fields.stream()
                .map(f -> ProblemMessages.detail("request.invalid-value",
                        Map.of("field", ProblemMessages.field(f.field(), locale), "reason", String.valueOf(f.reason())),
                        locale))
                .sorted().collect(Collectors.joining(separator));
        ProblemDetail problem = of(status, "request.invalid",
                Map.of("fields", fields.stream().map(InvalidField::field).distinct().sorted().toList()), locale);
        problem.setDetail(ProblemMessages.detail("request.invalid", Map.of("fields", said), locale));
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
     * The problem as the members a writer outside the web framework's converters serialises (filters, error valves,
     * reactive writers); the converters flatten the extra properties, a bare JSON mapper would nest them.
     */
    public static Map<String, Object> members(ProblemDetail problem) {
        return ProblemMembers.of(problem.getType(), problem.getTitle(), problem.getStatus(), problem.getDetail(),
                problem.getInstance(), problem.getProperties());
    }
}
