package cn.sangang.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param publicPaths path patterns anyone may call without a token (public boards, plaque pages). */
@ConfigurationProperties("sangang.security")
public record PlatformSecurityProperties(List<String> publicPaths) {

    public PlatformSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
