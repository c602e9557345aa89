package cn.sangang.platform.input;

import java.io.IOException;

import org.springframework.util.unit.DataSize;

/** Reading a request body went past the limit of {@link RequestBodyLimit}; answered with 413. */
public class RequestBodyTooLargeException extends IOException {

    public static final String TITLE = "Request too large";

    RequestBodyTooLargeException(DataSize limit) {
        super(detail(limit));
    }

    static String detail(DataSize limit) {
        return "a request body may have at most " + (limit.toKilobytes() % 1024 == 0 ? limit.toMegabytes() + " MB"
            : limit.toKilobytes() + " KB");
    }
}
