package cn.sangang.gateway.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import cn.sangang.gateway.account.domain.PasswordPolicy;
import cn.sangang.platform.security.Role;

/**
 * The accounts no administrator can make: the county office's, and the first administrator of a new bureau.
 * Declared in configuration (passwords from a Secret), created at start-up when missing, never changed after.
 */
@Component
class BootstrapAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAccounts.class);

    /** @param accounts the accounts to make when missing */
    @ConfigurationProperties("sangang.gateway.bootstrap")
    record Properties(@DefaultValue List<Entry> accounts) {
    }

    /** {@code bureauId} empty makes a COUNTY account; otherwise the account is that bureau's, with {@code roles}. */
    record Entry(String username, String bureauId, String personNo, Set<Role> roles, String password) {
    }

    private final Accounts accounts;
    private final Properties properties;

    BootstrapAccounts(Accounts accounts, Properties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long created = Flux.fromIterable(properties.accounts()).concatMap(entry -> {
            if (PasswordPolicy.tooLong(entry.password())) {
                throw new IllegalStateException("bootstrap account " + entry.username() + ": a password has at most "
                        + PasswordPolicy.MAX_BYTES + " bytes");
            }
            PasswordPolicy.weakness(entry.password(), entry.username()).ifPresent(weakness -> {
                throw new IllegalStateException("bootstrap account " + entry.username()
                        + ": the password breaks the password policy (" + weakness + ")");
            });
            boolean county = entry.bureauId() == null || entry.bureauId().isBlank();
            return accounts.exists(entry.username()).filter(exists -> !exists).flatMap(missing -> county
                    ? accounts.createCountyAccount(entry.username(), entry.password())
                    : accounts.seedBureauAccount(entry.username(), entry.bureauId(), entry.personNo(),
                            entry.roles() == null || entry.roles().isEmpty() ? EnumSet.of(Role.ADMIN) : entry.roles(),
                            entry.password()));
        }).count().block();
        if (created != null && created > 0) {
            log.info("created {} bootstrap accounts", created);
        }
    }
}
