package cn.sangang.gateway.account.domain;

import java.util.Optional;

/** At least 10 characters with a letter and a digit, and not the user name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** Why the password is refused, or empty when it is acceptable. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("a password has at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > 128) {
            return Optional.of("a password has at most 128 characters");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("a password has at least one letter and one digit");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("a password does not contain the user name");
        }
        return Optional.empty();
    }
}
