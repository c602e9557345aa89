package cn.sangang.platform.input;

import java.io.IOException;
import java.util.Map;

import org.springframework.util.unit.DataSize;

/** Reading a request body went past the limit of {@link RequestBodyLimit}; answered with 413. */
public class RequestBodyTooLargeException extends IOException {

    public static final String CODE = "request.too-large";

    private final transient Map<String, Object> args;

    RequestBodyTooLargeException(DataSize limit) {
        super(CODE);
        this.args = args(limit);
    }

    public Map<String, Object> args() {
        return args;
    }

    static Map<String, Object> args(DataSize limit) {
        return Map.of("limit",
                limit.toKilobytes() % 1024 == 0 ? limit.toMegabytes() + " MB" : limit.toKilobytes() + " KB");
    }
}
