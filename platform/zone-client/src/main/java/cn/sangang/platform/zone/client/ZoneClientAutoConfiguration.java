package cn.sangang.platform.zone.client;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;

/**
 * A service that depends on this module asks zone-service through {@link ZoneService}: the Feign client is
 * registered here, at {@code sangang.services.zone-service}, behind the Resilience4j circuit breakers the service
 * configures ({@code spring.cloud.openfeign.circuitbreaker.enabled}, {@code resilience4j.circuitbreaker.configs}).
 */
@AutoConfiguration
@EnableFeignClients(clients = ZoneServiceClient.class)
public class ZoneClientAutoConfiguration {

    @Bean
    ZoneServiceFallback zoneServiceFallback() {
        return new ZoneServiceFallback();
    }

    @Bean
    ZoneService zoneService(ZoneServiceClient client) {
        return new ZoneService(client);
    }
}
