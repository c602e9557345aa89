package cn.sangang.platform.sample;

import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.testkit.Api;
import cn.sangang.testkit.TestBureaus;
import cn.sangang.testkit.TestTokens;

/** A test against the running sample service, with a bureau of its own and callers in it. */
abstract class SampleServiceTest {

    @LocalServerPort
    int port;

    final String bureau = TestBureaus.fresh();

    Api as(String personNo, String role) {
        return Api.at(port).as(TestTokens.token(bureau, personNo, role));
    }

    Api admin() {
        return as("A1", "ADMIN");
    }
}
