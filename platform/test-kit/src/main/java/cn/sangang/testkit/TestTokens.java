package cn.sangang.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.nimbusds.jose.jwk.RSAKey;

import cn.sangang.local.JwtKeys;
import cn.sangang.local.TokenMinter;

/** Mints tokens for any bureau and role with a key the services under test trust, and some they must refuse. */
public final class TestTokens {

    private static final RSAKey TRUSTED = JwtKeys.generate();
    private static final RSAKey UNTRUSTED = JwtKeys.generate();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestTokens() {
    }

    public static String token(String bureauId, String memberId, String... roles) {
        return new TokenMinter(TRUSTED).mint(bureauId, memberId, List.of(roles), Duration.ofMinutes(30));
    }

    public static String county() {
        return new TokenMinter(TRUSTED).mint(null, null, List.of("COUNTY"), Duration.ofMinutes(30));
    }

    public static String expired(String bureauId, String memberId, String... roles) {
        return new TokenMinter(TRUSTED).mint(bureauId, memberId, Arrays.asList(roles),
                Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
    }

    /** Well-formed, but signed by a key nobody trusts. */
    public static String forged(String bureauId, String memberId, String... roles) {
        return new TokenMinter(UNTRUSTED).mint(bureauId, memberId, List.of(roles), Duration.ofMinutes(30));
    }

    /** Signed by the trusted key, but issued by {@code issuer} for {@code audience}. */
    public static String issued(String issuer, String audience, String bureauId, String memberId, String... roles) {
        return new TokenMinter(TRUSTED).mint(issuer, audience, bureauId, memberId, List.of(roles), Instant.now(),
                Duration.ofMinutes(30));
    }

    /** The trusted key with its private part, as a JWK, for a gateway under test to sign with. */
    public static String trustedSigningJwk() {
        return TRUSTED.toJSONString();
    }

    /** The PEM file of the trusted public key, as {@code spring.security.oauth2.resourceserver.jwt.public-key-location} wants it. */
    public static String publicKeyLocation() {
        return PUBLIC_KEY.toUri().toString();
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("sangang-test-jwt", ".pem");
            JwtKeys.writePublicKeyPem(TRUSTED, file);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
