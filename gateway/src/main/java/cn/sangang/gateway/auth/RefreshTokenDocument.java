package cn.sangang.gateway.auth;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A refresh token, stored only as its SHA-256 hash. The tokens renewed one from another since a login form a
 * family, which ends at {@code familyEndsAt} however often it is renewed. A used token is marked, not removed,
 * until its family ends (then the TTL index tidies it away), so presenting it again is recognised as a copy.
 *
 * @param tokenVersion the account's token version at the login; a role or password change ends the family
 * @param usedAt       when it was renewed, or null while it may still be
 * @param revokedAt    when its family was ended (logout, reuse, account change), or null
 */
@Document("refresh_tokens")
record RefreshTokenDocument(@Id String hash, @Indexed String accountId, @Indexed String familyId, int tokenVersion,
        Instant issuedAt, Instant expiresAt, @Indexed(expireAfter = "0s") Instant familyEndsAt, Instant usedAt,
        Instant revokedAt) {
}
