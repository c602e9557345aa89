package cn.sangang.gateway.account;

import java.time.Duration;
import java.util.Map;

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
import cn.sangang.platform.zone.Membership;
import cn.sangang.platform.zone.ZonePaths;

/**
 * Asks zone-service whether a person is on the caller's roster, with the caller's own token, behind a circuit
 * breaker: when zone-service is down the answer is a quick, clear 503 and nothing is written. The answer's shape and
 * path are zone-contract's, as every service reads them.
 */
@Component
class RosterClient {

    private static final Logger log = LoggerFactory.getLogger(RosterClient.class);

    private final WebClient client;
    private final ReactiveCircuitBreaker breaker;

    RosterClient(ReactiveCircuitBreakerFactory<?, ?> breakers,
            @Value("${sangang.gateway.services.zone-service}") String zoneService) {
        this.client = WebClient.builder().baseUrl(zoneService).build();
        this.breaker = breakers.create("zone-service");
    }

    /** What zone-service answered: the person, no such person, or a refusal with its status. */
    private record Answer(Membership person, int refusedWith) {
    }

    Mono<Membership> onRoster(Caller caller, String personNo) {
        Mono<Answer> call = client.get().uri(ZonePaths.PERSON, personNo)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.token()).exchangeToMono(response -> {
                    if (response.statusCode().is2xxSuccessful()) {
                        return response.bodyToMono(Membership.class).map(person -> new Answer(person, 0));
                    }
                    if (response.statusCode().is4xxClientError()) {
                        return response.releaseBody().thenReturn(new Answer(null, response.statusCode().value()));
                    }
                    return response.createError();
                }).timeout(Duration.ofSeconds(3));
        // Only a failure to answer counts against the breaker; "no such person" or a refusal is an answer.
        return breaker.run(call, failure -> {
            log.warn("roster question to zone-service failed: {}", failure.toString());
            return Mono.error(Problem.unavailable("zone-service"));
        }).flatMap(answer -> {
            if (answer.person() != null) {
                return answer.person().active()
                        ? Mono.just(answer.person())
                        : Mono.error(Problem.unprocessable("account.person-left", Map.of("personNo", personNo)));
            }
            if (answer.refusedWith() == HttpStatus.NOT_FOUND.value()) {
                return Mono.error(Problem.unprocessable("account.not-on-roster", Map.of("personNo", personNo)));
            }
            return Mono.error(new Problem(HttpStatus.BAD_GATEWAY, "account.roster-refused",
                    Map.of("personNo", personNo, "status", answer.refusedWith())));
        });
    }
}
