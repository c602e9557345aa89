package cn.sangang.gateway.edge;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import cn.sangang.gateway.account.Accounts;

/**
 * Disabling an account or changing its password ends its access within seconds, even with a token it still holds.
 */
class AccountStatusFilter implements WebFilter {

    /** Where later filters (the access log) find the account of the request. */
    static final String ACCOUNT_ATTRIBUTE = AccountStatusFilter.class.getName() + ".account";

    private final Accounts accounts;
    private final String ownIssuer;

    AccountStatusFilter(Accounts accounts, String ownIssuer) {
        this.accounts = accounts;
        this.ownIssuer = ownIssuer;
    }

    /** A token of ours without a version is refused: every token issued here carries one. */
    private static Integer version(JwtAuthenticationToken token) {
        Object version = token.getToken().getClaims().get("ver");
        return version instanceof Number number ? number.intValue() : Integer.MIN_VALUE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal().filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                // Accounts of an external OIDC issuer are disabled there, not here.
                .filter(token -> ownIssuer.equals(token.getToken().getClaimAsString("iss")))
                .doOnNext(token -> exchange.getAttributes().put(ACCOUNT_ATTRIBUTE, token.getToken().getSubject()))
                .flatMap(token -> accounts.usable(token.getToken().getSubject(), version(token))).defaultIfEmpty(true)
                .flatMap(usable -> usable
                        ? chain.filter(exchange)
                        : ProblemResponses.write(exchange, Problem.unauthorized("auth.account-changed")));
    }
}
