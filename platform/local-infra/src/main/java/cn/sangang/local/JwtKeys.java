package cn.sangang.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Base64;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/** RSA signing keys for development: generated once, kept as a JWK and a public-key PEM that services read. */
public final class JwtKeys {

    private JwtKeys() {
    }

    public static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate an RSA key", e);
        }
    }

    /** Reads the key pair from {@code dir}, creating it on first use. */
    public static RSAKey loadOrCreate(Path dir) {
        Path jwk = dir.resolve("jwt-signing.jwk.json");
        try {
            if (Files.exists(jwk)) {
                return RSAKey.parse(Files.readString(jwk));
            }
            RSAKey key = generate();
            Files.createDirectories(dir);
            Files.writeString(jwk, key.toJSONString());
            writePublicKeyPem(key, dir.resolve("jwt-public.pem"));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable key file " + jwk, e);
        }
    }

    public static void writePublicKeyPem(RSAKey key, Path file) {
        try {
            byte[] der = key.toRSAPublicKey().getEncoded();
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
        } catch (JOSEException e) {
            throw new IllegalStateException("could not export the public key", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
