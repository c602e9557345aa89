package cn.sangang.gateway.edge;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import cn.sangang.gateway.account.Accounts;

/** Disabling or locking an account ends its access within seconds, even with a token it still holds. */
class AccountStatusFilter implements WebFilter {

    private final Accounts accounts;
    private final String ownIssuer;

    AccountStatusFilter(Accounts accounts, String ownIssuer) {
        this.accounts = accounts;
        this.ownIssuer = ownIssuer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
            .filter(JwtAuthenticationToken.class::isInstance)
            .cast(JwtAuthenticationToken.class)
            // Accounts of an external OIDC issuer are disabled there, not here.
            .filter(token -> ownIssuer.equals(token.getToken().getClaimAsString("iss")))
            .flatMap(token -> accounts.usable(token.getToken().getSubject()))
            .defaultIfEmpty(true)
            .flatMap(usable -> usable ? chain.filter(exchange)
                : ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "Not authenticated",
                    "this account is disabled or locked", null));
    }
}
