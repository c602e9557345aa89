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
 * @param refreshTtl    lifetime of a refresh token
 * @param oidcIssuerUri when set, access tokens of this external OIDC issuer are trusted instead of our own
 * @param generateMissingKeyFile when a key file does not exist yet, create it with a new key — for a single gateway
 *                      on one machine (docker-compose); replicas share a key from a Secret instead
 */
@ConfigurationProperties("sangang.gateway.jwt")
public record JwtProperties(@DefaultValue List<String> keys, @DefaultValue List<String> keyFiles, String activeKeyId,
                            @DefaultValue("sangang") String issuer, @DefaultValue("15m") Duration accessTtl,
                            @DefaultValue("7d") Duration refreshTtl, String oidcIssuerUri,
                            @DefaultValue("false") boolean generateMissingKeyFile) {

    public boolean trustsExternalIssuer() {
        return oidcIssuerUri != null && !oidcIssuerUri.isBlank();
    }
}
