package cn.sangang.gateway.auth;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keys          RSA private keys as JWK JSON, each with its {@code kid}; all are published in the JWKS so
 *                      tokens signed with a retiring key stay valid while it is listed
 * @param keyFiles      the same, read from files (a mounted Secret, or the development key)
 * @param activeKeyId   the key new tokens are signed with; the first key when empty
 * @param issuer        the {@code iss} of every token issued here
 * @param accessTtl     lifetime of an access token
 * @param refreshTtl    lifetime of a refresh token, if its session has not ended before
 * @param oidcIssuerUri when set, access tokens of this external OIDC issuer are trusted instead of our own
 * @param generateMissingKeyFile when a key file does not exist yet, create it with a new key — for a single gateway
 *                      on one machine (docker-compose); replicas share a key from a Secret instead
 * @param audience      the {@code aud} of every token issued here: the services accept only tokens meant for them
 * @param sessionTtl    the absolute lifetime of a session: renewing stops this long after the login. A working day,
 *                      because the web client keeps its tokens per browser tab on shared office computers, and a
 *                      stolen refresh token should not outlive the day it was taken
 */
@ConfigurationProperties("sangang.gateway.jwt")
public record JwtProperties(@DefaultValue List<String> keys, @DefaultValue List<String> keyFiles, String activeKeyId,
        @DefaultValue("sangang") String issuer, @DefaultValue("15m") Duration accessTtl,
        @DefaultValue("7d") Duration refreshTtl, String oidcIssuerUri,
        @DefaultValue("false") boolean generateMissingKeyFile, @DefaultValue("sangang-services") String audience,
        @DefaultValue("12h") Duration sessionTtl) {

    public boolean trustsExternalIssuer() {
        return oidcIssuerUri != null && !oidcIssuerUri.isBlank();
    }
}
