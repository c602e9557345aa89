package cn.sangang.local;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs RS256 access tokens in the shape every service reads: {@code bureau}, {@code member}, {@code roles}, issued
 * by {@code sangang} for {@code sangang-services}, as the gateway's are. The gateway issues the real ones; this serves
 * tests and the local demo.
 */
public final class TokenMinter {

    public static final String ISSUER = "sangang";
    public static final String AUDIENCE = "sangang-services";

    private final RSAKey key;

    public TokenMinter(RSAKey key) {
        this.key = key;
    }

    public String mint(String bureauId, String memberId, List<String> roles, Duration validFor) {
        return mint(bureauId, memberId, roles, Instant.now(), validFor);
    }

    public String mint(String bureauId, String memberId, List<String> roles, Instant issuedAt, Duration validFor) {
        return mint(ISSUER, AUDIENCE, bureauId, memberId, roles, issuedAt, validFor);
    }

    /** A token of another issuer or for another audience, which the services must refuse. */
    public String mint(String issuer, String audience, String bureauId, String memberId, List<String> roles,
            Instant issuedAt, Duration validFor) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                .subject(memberId == null ? "county-" + UUID.randomUUID() : memberId)
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(validFor))).claim("roles", roles);
        if (bureauId != null) {
            claims.claim("bureau", bureauId);
        }
        if (memberId != null) {
            claims.claim("member", memberId);
        }
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }
}
