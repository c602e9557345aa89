package cn.sangang.gateway.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import cn.sangang.gateway.account.AccountView;
import cn.sangang.gateway.account.Accounts;
import cn.sangang.gateway.edge.Problem;
import cn.sangang.platform.security.Digests;

/**
 * Issues token pairs and renews them from a refresh token without the password. Each renewal marks the token it
 * used and issues the next of the same family; a used token presented again means someone holds a copy, so the
 * whole family ends, with every token of the account. A family ends for good {@code sessionTtl} after its login;
 * disabling an account or changing its password or roles ends all of its families.
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

    Sessions(TokenIssuer issuer, Accounts accounts, ReactiveMongoTemplate mongo, JwtProperties properties,
            Clock clock) {
        this.issuer = issuer;
        this.accounts = accounts;
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    Mono<TokenPair> open(AccountView account) {
        Instant now = clock.instant();
        return issue(account, UUID.randomUUID().toString(), now.plus(properties.sessionTtl()), now);
    }

    Mono<TokenPair> renew(String refreshToken) {
        Instant now = clock.instant();
        String hash = Digests.sha256Hex(refreshToken);
        return mongo
                .findAndModify(
                        Query.query(Criteria.where("_id").is(hash).and("usedAt").is(null).and("revokedAt")
                                .is(null)),
                        new Update().set("usedAt", now), FindAndModifyOptions.options()
                                .returnNew(true),
                        RefreshTokenDocument.class)
                .switchIfEmpty(Mono.defer(() -> refused(hash, now)))
                .flatMap(token -> current(token, now)
                        ? accounts.usable(token.accountId(), token.tokenVersion())
                                .flatMap(usable -> usable
                                        ? accounts.view(token.accountId())
                                        : Mono.error(Problem.unauthorized("auth.account-changed")))
                                .flatMap(account -> issue(account, token.familyId(), token.familyEndsAt(), now))
                        : Mono.error(Problem.unauthorized("auth.session-ended")));
    }

    /** A token stored before sessions had families has no end of its family: its holder logs in again. */
    private static boolean current(RefreshTokenDocument token, Instant now) {
        return token.familyEndsAt() != null && now.isBefore(token.familyEndsAt()) && now.isBefore(token.expiresAt());
    }

    /** Ends the family of this refresh token: logging out ends the session, not just its latest token. */
    Mono<Void> close(String refreshToken) {
        return mongo.findById(Digests.sha256Hex(refreshToken), RefreshTokenDocument.class)
                .flatMap(token -> revokeFamily(token.familyId(), clock.instant())).then();
    }

    private Mono<TokenPair> issue(AccountView account, String familyId, Instant familyEndsAt, Instant now) {
        String refresh = issuer.refreshToken();
        Instant expiresAt = now.plus(properties.refreshTtl());
        RefreshTokenDocument token = new RefreshTokenDocument(Digests.sha256Hex(refresh), account.id(), familyId,
                account.tokenVersion(), now, expiresAt.isBefore(familyEndsAt) ? expiresAt : familyEndsAt, familyEndsAt,
                null, null);
        return mongo.insert(token)
                .thenReturn(new TokenPair(issuer.accessToken(account), "Bearer", issuer.accessTtlSeconds(), refresh));
    }

    /**
     * Why a token cannot be renewed; a used one of a family still going is a copy, and ends everything. Once the
     * family is over, a replay can renew nothing, and raises no alarm.
     */
    private Mono<RefreshTokenDocument> refused(String hash, Instant now) {
        return mongo.findById(hash, RefreshTokenDocument.class)
                .filter(token -> token.usedAt() != null && token.revokedAt() == null && current(token, now))
                .flatMap(reused -> revokeFamily(reused.familyId(), now).filter(ended -> ended > 0)
                        .flatMap(ended -> accounts.refreshTokenReused(reused.accountId())))
                .then(Mono.error(Problem.unauthorized("auth.refresh-token-unusable")));
    }

    private Mono<Long> revokeFamily(String familyId, Instant now) {
        return mongo
                .updateMulti(Query.query(Criteria.where("familyId").is(familyId).and("revokedAt").is(null)),
                        new Update().set("revokedAt", now), RefreshTokenDocument.class)
                .map(result -> result.getModifiedCount());
    }
}
