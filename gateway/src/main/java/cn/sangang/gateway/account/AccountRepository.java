package cn.sangang.gateway.account;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface AccountRepository extends ReactiveMongoRepository<AccountDocument, String> {

    Mono<AccountDocument> findByUsername(String username);

    Mono<AccountDocument> findByIdAndBureauId(String id, String bureauId);

    Flux<AccountDocument> findByBureauIdOrderByUsername(String bureauId);

    Flux<AccountDocument> findByBureauIdAndPersonNo(String bureauId, String personNo);
}
