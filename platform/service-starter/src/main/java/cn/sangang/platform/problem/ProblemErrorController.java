package cn.sangang.platform.problem;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
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
            ? HttpStatus.valueOf(number) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "the request was refused before it reached the API: its address or headers are"
                + " malformed or not allowed (such as an encoded slash, '..' or ';' in the path)";
            case NOT_FOUND -> "there is nothing at this address";
            case METHOD_NOT_ALLOWED -> "this address does not take that method";
            case PAYLOAD_TOO_LARGE -> "the request is too large";
            case INTERNAL_SERVER_ERROR -> "the service failed unexpectedly; nothing was changed by this request"
                + " unless it says otherwise";
            default -> "the request was refused: " + status.getReasonPhrase().toLowerCase(Locale.ROOT);
        };
    }
}
