package cn.sangang.gateway.auth;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A refresh token, stored only as its SHA-256 hash; used once, then replaced. */
@Document("refresh_tokens")
record RefreshTokenDocument(@Id String hash, @Indexed String accountId, Instant issuedAt, Instant expiresAt) {
}
