package cn.sangang.gateway.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.gateway.account.Accounts;
import cn.sangang.platform.security.Role;

/**
 * Demo accounts of the local system: one per person of the demo bureaus who holds a role (user name = person
 * number in lower case), and {@code county} for the county office, all with the demo password.
 */
@Component
@Profile("demo")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record SeedFile(List<Bureau> bureaus) {
    }

    record Bureau(String id, List<Person> people) {
    }

    record Person(String personNo, List<Role> roles) {
    }

    private final Accounts accounts;
    private final String seedFile;
    private final String password;

    DemoAccounts(Accounts accounts, @Value("${sangang.gateway.demo.seed-file}") String seedFile,
            @Value("${sangang.gateway.demo.password}") String password) {
        this.accounts = accounts;
        this.seedFile = seedFile;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        SeedFile seed = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(Files.readString(Path.of(seedFile)), SeedFile.class);
        Flux<Object> bureauAccounts = Flux.fromIterable(seed.bureaus())
                .flatMap(bureau -> Flux.fromIterable(bureau.people()).filter(person -> !person.roles().isEmpty())
                        .concatMap(person -> ensure(person.personNo().toLowerCase(),
                                accounts.seedBureauAccount(person.personNo().toLowerCase(), bureau.id(),
                                        person.personNo(), roles(person), password))));
        Long created = bureauAccounts.concatWith(ensure("county", accounts.createCountyAccount("county", password)))
                .count().block();
        if (created != null && created > 0) {
            log.info("seeded {} demo accounts (password from sangang.gateway.demo.password)", created);
        }
    }

    private Mono<Object> ensure(String username, Mono<?> create) {
        return accounts.exists(username).flatMap(exists -> exists ? Mono.empty() : create.map(Object.class::cast));
    }

    private static Set<Role> roles(Person person) {
        return EnumSet.copyOf(person.roles());
    }
}
