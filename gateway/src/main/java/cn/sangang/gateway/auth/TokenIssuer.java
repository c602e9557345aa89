package cn.sangang.gateway.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.stereotype.Component;

import cn.sangang.gateway.account.AccountView;
import cn.sangang.platform.security.CallerClaims;

/** Signs access tokens (RS256, key id in the header) and makes opaque refresh tokens. */
@Component
class TokenIssuer {

    private final SigningKeys keys;
    private final JwtProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenIssuer(SigningKeys keys, JwtProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    String accessToken(AccountView account) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(properties.issuer())
                .audience(properties.audience()).subject(account.id()).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(properties.accessTtl())))
                .claim(CallerClaims.ROLES, account.roles().stream().map(Enum::name).sorted().toList())
                .claim("ver", account.tokenVersion());
        if (account.bureauId() != null) {
            claims.claim(CallerClaims.BUREAU, account.bureauId());
        }
        if (account.personNo() != null) {
            claims.claim(CallerClaims.MEMBER, account.personNo());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.active().getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new RSASSASigner(keys.active()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
    }

    String refreshToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    long accessTtlSeconds() {
        return properties.accessTtl().toSeconds();
    }
}
