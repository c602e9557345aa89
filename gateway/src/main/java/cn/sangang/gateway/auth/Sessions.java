package cn.sangang.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import cn.sangang.gateway.account.AccountView;
import cn.sangang.gateway.account.Accounts;
import cn.sangang.gateway.edge.Problem;

/**
 * Issues token pairs and renews them from a refresh token without the password. A refresh token is taken out of
 * the store atomically when used, so a copied one works at most once; disabling an account or changing its
 * password removes all of its refresh tokens.
 */
@Component
class Sessions {

    record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken) {
    }

    private final TokenIssuer issuer;
    private final Accounts accounts;
    private final ReactiveMongoTemplate mongo;
    private final JwtProperties properties;
    private final Clock clock;

    Sessions(TokenIssuer issuer, Accounts accounts, ReactiveMongoTemplate mongo, JwtProperties properties, Clock clock) {
        this.issuer = issuer;
        this.accounts = accounts;
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<TokenPair> open(AccountView account) {
        String refresh = issuer.refreshToken();
        Instant now = clock.instant();
        return mongo.insert(new RefreshTokenDocument(hash(refresh), account.id(), now, now.plus(properties.refreshTtl())))
            .thenReturn(new TokenPair(issuer.accessToken(account), "Bearer", issuer.accessTtlSeconds(), refresh));
    }

    Mono<TokenPair> renew(String refreshToken) {
        Instant now = clock.instant();
        return mongo.findAndRemove(Query.query(Criteria.where("_id").is(hash(refreshToken))), RefreshTokenDocument.class)
            .filter(token -> now.isBefore(token.expiresAt()))
            .switchIfEmpty(Mono.error(Problem.unauthorized("this refresh token is unknown, used or expired; log in again")))
            .flatMap(token -> accounts.usable(token.accountId(), null).flatMap(usable -> usable
                ? accounts.view(token.accountId())
                : Mono.error(Problem.unauthorized("this account is disabled, or its password changed since"))))
            .flatMap(this::open);
    }

    Mono<Void> close(String refreshToken) {
        return mongo.remove(Query.query(Criteria.where("_id").is(hash(refreshToken))), RefreshTokenDocument.class).then();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
