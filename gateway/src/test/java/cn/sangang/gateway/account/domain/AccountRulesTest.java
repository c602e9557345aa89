package cn.sangang.gateway.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private final Lockout lockout = new Lockout(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void locks_at_the_fifth_wrong_password_for_fifteen_minutes() {
        assertThat(lockout.lockedUntilAfter(4, now)).isNull();
        assertThat(lockout.lockedUntilAfter(5, now)).isEqualTo(now.plus(Duration.ofMinutes(15)));
    }

    @Test
    void a_lock_ends_by_itself() {
        Instant until = now.plus(Duration.ofMinutes(15));

        assertThat(lockout.locked(until, now)).isTrue();
        assertThat(lockout.locked(until, until)).isFalse();
        assertThat(lockout.locked(null, now)).isFalse();
    }

    @Test
    void a_password_has_ten_characters_a_letter_and_a_digit_and_not_the_user_name() {
        assertThat(PasswordPolicy.problem("Correct-horse-42", "tj0001")).isEmpty();
        assertThat(PasswordPolicy.problem("Short-1", "tj0001")).get().asString().contains("10 characters");
        assertThat(PasswordPolicy.problem("no-digits-at-all", "tj0001")).get().asString().contains("digit");
        assertThat(PasswordPolicy.problem("1234567890123", "tj0001")).get().asString().contains("letter");
        assertThat(PasswordPolicy.problem("my-TJ0001-pass", "tj0001")).get().asString().contains("user name");
    }

    @Test
    void a_bureau_administrator_grants_every_bureau_role_but_county() {
        assertThat(Role.BUREAU_ROLES).doesNotContain(Role.COUNTY).hasSize(Role.values().length - 1);
    }
}
