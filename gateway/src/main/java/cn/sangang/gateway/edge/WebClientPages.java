package cn.sangang.gateway.edge;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Serves the web client's page for a browser navigating to one of its addresses. The public pages live at the very
 * URLs the plaques' QR codes print ({@code /public/post/plaques/{code}}, {@code /public/evaluation/surveys?plaque=})
 * so a phone gets the page and the page fetches the same URL as JSON; the staff screens live under {@code /app}.
 * Files (a plaque's {@code qr.svg}, a letter's PDF) and every non-HTML request pass through untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class WebClientPages implements WebFilter {

    static final String INDEX = "/index.html";
    private static final List<String> PAGE_PREFIXES = List.of("/app/", "/public/");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!isPageNavigation(request)) {
            return chain.filter(exchange);
        }
        // The page changes with every release; its hashed assets never do.
        exchange.getResponse().getHeaders().setCacheControl("no-cache");
        return chain.filter(exchange.mutate().request(request.mutate().path(INDEX).build()).build());
    }

    static boolean isPageNavigation(ServerHttpRequest request) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return false;
        }
        String path = request.getPath().pathWithinApplication().value();
        boolean page = path.equals("/") || path.equals("/app") || PAGE_PREFIXES.stream().anyMatch(path::startsWith);
        String last = path.substring(path.lastIndexOf('/') + 1);
        return page && !last.contains(".") && acceptsHtml(request.getHeaders());
    }

    private static boolean acceptsHtml(HttpHeaders headers) {
        return headers.getAccept().stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }
}
