package cn.sangang.gateway.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The RSA keys tokens are signed with. Rotation: add the new key, make it active, keep the old one listed until
 * the last token it signed has expired (the access token lifetime), then remove it.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final List<RSAKey> keys;
    private final RSAKey active;

    SigningKeys(JwtProperties properties) {
        List<RSAKey> loaded = new ArrayList<>();
        properties.keys().stream().filter(k -> !k.isBlank()).map(SigningKeys::parse).forEach(loaded::add);
        for (String file : properties.keyFiles().stream().filter(f -> !f.isBlank()).toList()) {
            try {
                Path path = Path.of(file);
                if (properties.generateMissingKeyFile() && !Files.exists(path)) {
                    generate(path);
                }
                loaded.add(parse(Files.readString(path)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read JWT key file " + file, e);
            }
        }
        if (loaded.isEmpty() && !properties.trustsExternalIssuer()) {
            throw new IllegalStateException("no JWT signing key: set sangang.gateway.jwt.keys or key-files");
        }
        this.keys = List.copyOf(loaded);
        this.active = properties.activeKeyId() == null || properties.activeKeyId().isBlank()
                ? (loaded.isEmpty() ? null : loaded.getFirst())
                : loaded.stream().filter(k -> properties.activeKeyId().equals(k.getKeyID())).findFirst()
                        .orElseThrow(() -> new IllegalStateException(
                                "active key " + properties.activeKeyId() + " is not configured"));
    }

    private static void generate(Path path) throws IOException {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("gen-" + UUID.randomUUID()).generate();
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, key.toJSONString());
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.warn("could not restrict the permissions of {}", path);
            }
            log.info("generated the JWT signing key {} in {}", key.getKeyID(), path);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a JWT signing key", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            RSAKey key = RSAKey.parse(json);
            if (key.getKeyID() == null || !key.isPrivate()) {
                throw new IllegalStateException("a JWT signing key needs a kid and its private part");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable JWT signing key", e);
        }
    }

    RSAKey active() {
        if (active == null) {
            throw new IllegalStateException("this gateway trusts an external issuer and signs no tokens");
        }
        return active;
    }

    /** The public halves of every configured key. */
    public JWKSet publicSet() {
        return new JWKSet(keys.stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList());
    }
}
