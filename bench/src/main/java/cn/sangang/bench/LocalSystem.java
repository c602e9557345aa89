package cn.sangang.bench;

import java.time.LocalDate;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import cn.sangang.events.Quarter;

/** The local system (scripts/run-local.sh) as the benchmarks and the drill see it: its addresses and accounts. */
final class LocalSystem implements AutoCloseable {

    static final String GATEWAY = "http://localhost:8080";
    static final String POST = "http://127.0.0.1:8081";
    static final String ZONE = "http://127.0.0.1:8082";
    static final String PLEDGE = "http://127.0.0.1:8083";
    static final String EVALUATION = "http://127.0.0.1:8084";
    static final String BUREAU = "taojiang-fp";

    final Http http = new Http();
    private final MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:27017");
    private final String password = System.getenv().getOrDefault("SANGANG_DEMO_PASSWORD", "Sangang-2026");

    /** An access token of a demo account, signed in through the gateway like any client. */
    String login(String username) {
        return http.post(GATEWAY + "/auth/login", null, Map.of("username", username, "password", password))
                .expect(200, "login " + username).json().path("accessToken").asString();
    }

    MongoDatabase database(String service) {
        return mongo.getDatabase(service);
    }

    /** The quarter {@code back} quarters before today's, in the bureaus' time, as {@code 2026-Q4}. */
    static String quarter(int back) {
        Quarter quarter = Quarter.of(LocalDate.now(Quarter.BUREAU_TIME));
        for (int i = 0; i < back; i++) {
            quarter = quarter.previous();
        }
        return quarter.toString();
    }

    @Override
    public void close() {
        mongo.close();
    }
}
