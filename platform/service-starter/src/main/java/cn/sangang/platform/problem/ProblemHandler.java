package cn.sangang.platform.problem;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import cn.sangang.platform.input.CalendarDates;
import cn.sangang.platform.input.RequestBodyTooLargeException;

/**
 * Every error a service returns is RFC 9457 problem+json with a stable {@code code}, its {@code args}, and a
 * title and detail in the caller's language (Chinese unless Accept-Language prefers English). Validation names
 * the field as the screens do ({@code field.<name>} in the bundles).
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class);

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        return Problems.of(e, locale());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "request.concurrent-change", Map.of());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "request.duplicate", Map.of());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraint(ConstraintViolationException e) {
        return invalid(e.getConstraintViolations().stream()
                .map(v -> new InvalidField(InvalidField.lastName(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "request.forbidden", Map.of());
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "request.unauthenticated", Map.of());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "request.internal", Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidField> fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new InvalidField(InvalidField.lastName(error.getField()), error.getDefaultMessage()))
                .toList();
        if (fields.isEmpty()) {
            fields = e.getBindingResult().getAllErrors().stream()
                    .map(error -> new InvalidField(error.getObjectName(), error.getDefaultMessage())).toList();
        }
        return ResponseEntity.badRequest().body(invalid(fields));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(
                        problem(HttpStatus.PAYLOAD_TOO_LARGE, RequestBodyTooLargeException.CODE, tooLarge.args()));
            }
        }
        return ResponseEntity.badRequest().body(unreadable(e));
    }

    /**
     * A path variable or query parameter that fails its constraint, named with what it must be. A request body
     * validated alongside them reports its own fields, named as the body names them, not as the parameter.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidField> fields = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new InvalidField(error instanceof FieldError field
                                ? InvalidField.lastName(field.getField())
                                : name(result.getMethodParameter()), error.getDefaultMessage())))
                .toList();
        HttpStatus resolved = HttpStatus.valueOf(status.value());
        return ResponseEntity.status(resolved)
                .body(fields.isEmpty()
                        ? problem(resolved, "request.invalid-parameter", Map.of("field", "?"))
                        : invalid(resolved, fields));
    }

    /** A path variable or query parameter of the wrong type, said without echoing what was sent. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : e.getPropertyName();
        String field = label(name);
        Class<?> type = e.getRequiredType();
        ProblemDetail problem = type != null && type.isEnum()
                ? problem(HttpStatus.BAD_REQUEST, "request.must-be-one-of",
                        Map.of("field", field, "values",
                                Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList()))
                : type != null && WHOLE_NUMBERS.contains(type)
                        ? problem(HttpStatus.BAD_REQUEST, "request.must-be-whole-number", Map.of("field", field))
                        : problem(HttpStatus.BAD_REQUEST, "request.must-be-type", Map.of("field", field));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String limit = e.getMaxUploadSize() > 0 ? DataSize.ofBytes(e.getMaxUploadSize()).toMegabytes() + " MB" : "?";
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "request.upload-too-large", Map.of("limit", limit)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "request.not-a-file", Map.of()));
    }

    /** What Spring MVC refuses on its own (no such address, wrong method or media type) keeps its status, in words. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        String code = switch (e) {
            case NoResourceFoundException missing -> "request.not-found";
            case HttpRequestMethodNotSupportedException method -> "request.method-not-allowed";
            case HttpMediaTypeNotSupportedException media -> "request.media-type";
            case HttpMediaTypeNotAcceptableException media -> "request.not-acceptable";
            default -> status.is5xxServerError() ? "request.internal" : "request.refused";
        };
        ProblemDetail problem = problem(status, code,
                code.equals("request.refused") ? Map.of("status", status.value()) : Map.of());
        HttpHeaders kept = new HttpHeaders();
        if (e instanceof ErrorResponse response) {
            kept.putAll(response.getHeaders());
        }
        return ResponseEntity.status(status).headers(kept).body(problem);
    }

    private static String name(MethodParameter parameter) {
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.name().isEmpty()) {
            return query.name();
        }
        return parameter.getParameterName() != null ? parameter.getParameterName() : "?";
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof StreamConstraintsException) {
            return problem(HttpStatus.BAD_REQUEST, "request.too-deep", Map.of());
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return problem(HttpStatus.BAD_REQUEST, "request.unknown-field", Map.of("field", unknown.getPropertyName()));
        }
        if (e.getCause() instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String field = label(InvalidField.lastName(path));
            if (mapping instanceof InvalidFormatException format && format.getTargetType() == LocalDate.class) {
                return problem(HttpStatus.BAD_REQUEST, "request.bad-date", Map.of("field", field, "first",
                        CalendarDates.FIRST.toString(), "last", CalendarDates.LAST.toString()));
            }
            return problem(HttpStatus.BAD_REQUEST, "request.wrong-type", Map.of("field", field));
        }
        return problem(HttpStatus.BAD_REQUEST, "request.unreadable", Map.of());
    }

    private ProblemDetail invalid(List<InvalidField> fields) {
        return invalid(HttpStatus.BAD_REQUEST, fields);
    }

    private ProblemDetail invalid(HttpStatus status, List<InvalidField> fields) {
        return Problems.invalid(status, fields, locale());
    }

    private String label(String field) {
        return ProblemMessages.field(field, locale());
    }

    private static Locale locale() {
        return ProblemMessages.supported(LocaleContextHolder.getLocale());
    }

    private static ProblemDetail problem(HttpStatus status, String code, Map<String, ?> args) {
        return Problems.of(status, code, args, locale());
    }
}
