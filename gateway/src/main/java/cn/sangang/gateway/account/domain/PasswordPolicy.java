package cn.sangang.gateway.account.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * At least 10 characters with a letter and a digit, and not the user name; at most 72 bytes in UTF-8, because
 * bcrypt reads no further (and Spring's encoder refuses more), so a longer password would only seem stronger.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final int MAX_BYTES = 72;

    /** Why a password is refused. */
    public enum Weakness {
        TOO_SHORT, TOO_LONG, NO_LETTER_OR_DIGIT, HAS_USER_NAME
    }

    private PasswordPolicy() {
    }

    /** Why the password is refused, or empty when it is acceptable; {@link #tooLong} is checked apart. */
    public static Optional<Weakness> weakness(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Weakness.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Weakness.TOO_LONG);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of(Weakness.NO_LETTER_OR_DIGIT);
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of(Weakness.HAS_USER_NAME);
        }
        return Optional.empty();
    }

    /** Whether bcrypt could not take all of it: no account can have such a password. */
    public static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
