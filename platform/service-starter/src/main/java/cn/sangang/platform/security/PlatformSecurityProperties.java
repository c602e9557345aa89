package cn.sangang.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths path patterns anyone may call without a token (public boards, plaque pages).
 * @param jwt         whose access tokens, for whom, this service accepts.
 */
@ConfigurationProperties("sangang.security")
public record PlatformSecurityProperties(List<String> publicPaths, Jwt jwt) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        jwt = jwt == null ? new Jwt(null, null) : jwt;
    }

    /**
     * A token signed by a trusted key is accepted only when issued by {@code issuer} for {@code audience}. With an
     * external OIDC issuer both are the IdP's values (its {@code iss}, and the audience its access tokens name).
     *
     * @param issuer   the {@code iss} every token must carry; the gateway's own tokens say {@code sangang}
     * @param audience a value the token's {@code aud} must contain; the gateway's own say {@code sangang-services}
     */
    public record Jwt(String issuer, String audience) {

        public static final String DEFAULT_ISSUER = "sangang";
        public static final String DEFAULT_AUDIENCE = "sangang-services";

        public Jwt {
            issuer = issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer;
            audience = audience == null || audience.isBlank() ? DEFAULT_AUDIENCE : audience;
        }
    }
}
