package cn.sangang.gateway.account;

import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import cn.sangang.gateway.edge.Problem;

/**
 * Asks zone-service whether a person is on the caller's roster, with the caller's own token, behind a circuit
 * breaker: when zone-service is down the answer is a quick, clear 503 and nothing is written.
 */
@Component
class RosterClient {

    private static final Logger log = LoggerFactory.getLogger(RosterClient.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Membership(String personNo, String name, boolean partyMember, boolean active, String unitCode,
                      String unitName) {
    }

    private final WebClient client;
    private final ReactiveCircuitBreaker breaker;

    RosterClient(ReactiveCircuitBreakerFactory<?, ?> breakers,
                 @Value("${sangang.gateway.services.zone-service}") String zoneService) {
        this.client = WebClient.builder().baseUrl(zoneService).build();
        this.breaker = breakers.create("zone-service");
    }

    Mono<Membership> onRoster(Caller caller, String personNo) {
        Mono<Optional<Membership>> call = client.get().uri("/api/zone/membership/people/{personNo}", personNo)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.token())
            .exchangeToMono(response -> {
                if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
                    return response.releaseBody().thenReturn(Optional.<Membership>empty());
                }
                if (response.statusCode().is2xxSuccessful()) {
                    return response.bodyToMono(Membership.class).map(Optional::of);
                }
                return response.createError();
            })
            .timeout(Duration.ofSeconds(3));
        // Only a failure to answer counts against the breaker; "not on the roster" is an answer.
        return breaker.run(call, failure -> {
                log.warn("roster question to zone-service failed: {}", failure.toString());
                return Mono.error(Problem.unavailable("zone-service"));
            })
            .flatMap(answer -> answer
                .map(m -> m.active() ? Mono.just(m) : Mono.<Membership>error(new Problem(HttpStatus.UNPROCESSABLE_ENTITY,
                    "Not on the roster", personNo + " has left the bureau")))
                .orElseGet(() -> Mono.error(new Problem(HttpStatus.UNPROCESSABLE_ENTITY, "Not on the roster",
                    personNo + " is not on your bureau's roster"))));
    }
}
