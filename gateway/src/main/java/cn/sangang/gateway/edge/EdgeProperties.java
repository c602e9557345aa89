package cn.sangang.gateway.edge;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param corsOrigins             origins of the web clients allowed to call from a browser
 * @param loginsPerMinute         login attempts per client address
 * @param publicWritesPerMinute   public writes (survey answers) per client address
 * @param accountWritesPerMinute  writes per account
 * @param trustedProxies          networks of the proxies in front of the gateway (e.g. the ingress controller's
 *                                pods), as {@code 10.244.0.0/16} or {@code fd00::/8}; only their X-Forwarded-For
 *                                counts. Empty: the connection's address is the client.
 */
@ConfigurationProperties("sangang.gateway.edge")
public record EdgeProperties(@DefaultValue( {
        "http://localhost:5173", "http://localhost:8080"}) List<String> corsOrigins,

        @DefaultValue("10") int loginsPerMinute, @DefaultValue("30") int publicWritesPerMinute,
        @DefaultValue("120") int accountWritesPerMinute, @DefaultValue({}) List<String> trustedProxies){
}
