package cn.sangang.platform.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.sangang.platform.problem.ProblemWriter;

/**
 * Refuses a request body larger than the service ever takes with 413, as the gateway does at the edge: one that
 * announces its length before anything reads it, one sent in chunks as soon as reading passes the limit. Without
 * it a service would parse whatever a caller inside the network sends, however large, before validation refuses it.
 */
class RequestBodyLimit extends OncePerRequestFilter {

    private final DataSize limit;
    private final ProblemWriter problems;

    RequestBodyLimit(DataSize limit, ProblemWriter problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long announced = request.getContentLengthLong();
        if (announced > limit.toBytes()) {
            problems.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    RequestBodyTooLargeException.CODE, RequestBodyTooLargeException.args(limit));
            return;
        }
        chain.doFilter(announced >= 0 ? request : new Counted(request, limit), response);
    }

    /** A request whose body stops with {@link RequestBodyTooLargeException} once it has given more than the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final DataSize limit;
        private ServletInputStream counted;

        Counted(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountedStream(super.getInputStream(), limit);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }

    private static final class CountedStream extends ServletInputStream {

        private final ServletInputStream body;
        private final DataSize limit;
        private long read;

        CountedStream(ServletInputStream body, DataSize limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestBodyTooLargeException {
            read += n;
            if (read > limit.toBytes()) {
                throw new RequestBodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
