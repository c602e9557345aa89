package cn.sangang.platform.problem;

import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page as problem+json: what the servlet container or a filter refused before any controller ran —
 * Spring Security's firewall turning away a path with "..", ";" or an encoded "%" — reaches the caller in the same
 * shape as every other refusal, instead of Spring Boot's own error JSON. Hidden from the API documentation: it is
 * no operation a client calls, and the gateway routes no {@code /error}.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number && HttpStatus.resolve(number) != null
                ? HttpStatus.valueOf(number)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(status,
                code(status), args(status), ProblemMessages.locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    static String code(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "request.malformed-address";
            case NOT_FOUND -> "request.not-found";
            case METHOD_NOT_ALLOWED -> "request.method-not-allowed";
            case PAYLOAD_TOO_LARGE -> "request.too-large";
            case INTERNAL_SERVER_ERROR -> "request.internal";
            default -> "request.refused";
        };
    }

    static Map<String, Object> args(HttpStatus status) {
        return switch (status) {
            case PAYLOAD_TOO_LARGE -> Map.of("limit", "?");
            case BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, INTERNAL_SERVER_ERROR -> Map.of();
            default -> Map.of("status", status.value());
        };
    }
}
