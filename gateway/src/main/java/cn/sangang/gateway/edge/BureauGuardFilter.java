package cn.sangang.gateway.edge;

import java.util.List;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.platform.security.CallerClaims;

/**
 * No client chooses its bureau: a caller of a bureau who names another one in the query, a path segment after
 * {@code /bureaus/}, or a top-level {@code bureauId} or {@code bureau} of a JSON body is refused here, before any
 * service sees it. JSON bodies over the size limit are refused too, whether or not they announce their length.
 */
@Component
class BureauGuardFilter implements WebFilter {

    private static final List<String> PARAMETERS = List.of("bureauId", "bureau");
    private static final int MAX_INSPECTED_BODY = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/public/")) {
            // Public boards are addressed by bureau on purpose, and open to everyone.
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().filter(JwtAuthenticationToken.class::isInstance)
                .map(p -> String.valueOf(((JwtAuthenticationToken) p).getToken().getClaimAsString(CallerClaims.BUREAU)))
                .filter(bureau -> !"null".equals(bureau))
                .flatMap(bureau -> check(exchange, chain, bureau).thenReturn(true))
                .switchIfEmpty(Mono.defer(() -> chain.filter(exchange).thenReturn(true))).then();
    }

    private Mono<Void> check(ServerWebExchange exchange, WebFilterChain chain, String bureau) {
        ServerHttpRequest request = exchange.getRequest();
        for (String name : PARAMETERS) {
            List<String> asked = request.getQueryParams().getOrDefault(name, List.of());
            if (asked.stream().anyMatch(value -> !value.equals(bureau))) {
                return refuse(exchange);
            }
        }
        // Decoded segments, so /%62ureaus/… is read as what the service will route it as.
        List<String> segments = request.getPath().pathWithinApplication().elements().stream()
                .filter(PathContainer.PathSegment.class::isInstance)
                .map(element -> ((PathContainer.PathSegment) element).valueToMatch()).toList();
        for (int i = 0; i + 1 < segments.size(); i++) {
            if (segments.get(i).equals("bureaus") && !segments.get(i + 1).equals(bureau)) {
                return refuse(exchange);
            }
        }
        MediaType type = request.getHeaders().getContentType();
        if (type == null || !isJson(type)) {
            return chain.filter(exchange);
        }
        if (request.getHeaders().getContentLength() > MAX_INSPECTED_BODY) {
            return tooLarge(exchange);
        }
        return DataBufferUtils.join(request.getBody(), MAX_INSPECTED_BODY).map(buffer -> {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            DataBufferUtils.release(buffer);
            return bytes;
        }).defaultIfEmpty(new byte[0])
                .flatMap(bytes -> namesAnotherBureau(bytes, bureau)
                        ? refuse(exchange)
                        : chain.filter(exchange.mutate().request(replay(request, exchange, bytes)).build()))
                .onErrorResume(DataBufferLimitException.class, tooBig -> tooLarge(exchange));
    }

    /** JSON as the services read it: application/json and every application/*+json. */
    private static boolean isJson(MediaType type) {
        return MediaType.APPLICATION_JSON.isCompatibleWith(type)
                || ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange) {
        return ProblemResponses.write(exchange,
                new Problem(HttpStatus.PAYLOAD_TOO_LARGE, "request.too-large", Map.of("limit", "1 MB")));
    }

    private static boolean namesAnotherBureau(byte[] body, String bureau) {
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree == null || !tree.isObject()) {
                return false;
            }
            return PARAMETERS.stream().map(tree::get)
                    .anyMatch(named -> named != null && !named.isNull() && !bureau.equals(named.asString("")));
        } catch (RuntimeException unreadable) {
            // Not JSON: the service answers that with its own 400.
            return false;
        }
    }

    private static ServerHttpRequest replay(ServerHttpRequest request, ServerWebExchange exchange, byte[] body) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
    }

    private static Mono<Void> refuse(ServerWebExchange exchange) {
        return ProblemResponses.write(exchange, Problem.forbidden("request.another-bureau"));
    }
}
