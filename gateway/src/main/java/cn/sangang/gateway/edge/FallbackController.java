package cn.sangang.gateway.edge;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Where a route's circuit breaker sends a call that its service did not answer: a quick 503 naming it. */
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service) {
        String name = service.matches("[a-z-]{1,40}") ? service : "?";
        return Mono.error(Problem.unavailable(name));
    }
}
