package cn.sangang.gateway.account.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * At least 10 characters with a letter and a digit, and not the user name; at most 72 bytes in UTF-8, because
 * bcrypt reads no further (and Spring's encoder refuses more), so a longer password would only seem stronger.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    public static final String TOO_LONG = "密码不能超过 72 个字节（约 24 个汉字）";

    private PasswordPolicy() {
    }

    /** Why the password is refused, or empty when it is acceptable; {@link #tooLong} is checked apart. */
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

    /** Whether bcrypt could not take all of it: no account can have such a password. */
    public static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
