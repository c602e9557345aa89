package cn.sangang.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import cn.sangang.testkit.HostileInput.Body;

/** Sends a hostile body as raw bytes, whatever it is, the way a client that does not play by the rules would. */
final class RawRequests {

    private static final int HUGE_ATTEMPTS = 5;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private RawRequests() {
    }

    static Api.Response send(int port, String method, String path, String token, Body body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", body.contentType());
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        }
        // A service refuses an over-limit body by its announced length without reading it, and Tomcat then drops the
        // connection rather than swallow megabytes: a client still writing may lose the 413 in the reset. Such a
        // request goes on a connection of its own, so the next request never meets one already closed, and is sent
        // again (a few times at most) when the reset beat the answer.
        boolean huge = body != null && body.bytes().length >= HostileInput.HUGE_BYTES;
        for (int attempt = 1;; attempt++) {
            try (HttpClient own = huge ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build() : null) {
                HttpResponse<String> response = (huge ? own : CLIENT).send(request.build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.body(), response.headers());
            } catch (IOException e) {
                if (!huge || attempt == HUGE_ATTEMPTS) {
                    throw new UncheckedIOException(
                            method + " " + HostileSweep.shorten(path) + " failed: " + e.getMessage(), e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
