package cn.sangang.gateway.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void a_password_has_ten_characters_a_letter_and_a_digit_and_not_the_user_name() {
        assertThat(PasswordPolicy.weakness("Correct-horse-42", "tj0001")).isEmpty();
        assertThat(PasswordPolicy.weakness("Short-1", "tj0001")).contains(PasswordPolicy.Weakness.TOO_SHORT);
        assertThat(PasswordPolicy.weakness("no-digits-at-all", "tj0001"))
                .contains(PasswordPolicy.Weakness.NO_LETTER_OR_DIGIT);
        assertThat(PasswordPolicy.weakness("1234567890123", "tj0001"))
                .contains(PasswordPolicy.Weakness.NO_LETTER_OR_DIGIT);
        assertThat(PasswordPolicy.weakness("my-TJ0001-pass", "tj0001")).contains(PasswordPolicy.Weakness.HAS_USER_NAME);
        assertThat(PasswordPolicy.weakness("a1".repeat(65), "tj0001")).contains(PasswordPolicy.Weakness.TOO_LONG);
    }

    @Test
    void a_password_has_at_most_72_bytes_because_bcrypt_reads_no_further() {
        assertThat(PasswordPolicy.tooLong("a".repeat(71) + "1")).isFalse();
        assertThat(PasswordPolicy.tooLong("a".repeat(72) + "1")).isTrue();
        assertThat(PasswordPolicy.tooLong("密".repeat(23) + "1234")).as("69 + 4 bytes").isTrue();
        assertThat(PasswordPolicy.tooLong("密".repeat(23) + "123")).as("69 + 3 bytes").isFalse();
    }
}
