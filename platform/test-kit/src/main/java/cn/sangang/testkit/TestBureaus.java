package cn.sangang.testkit;

import java.util.UUID;

/** Each test works in bureaus of its own, so tests sharing a store and a broker never see each other's data. */
public final class TestBureaus {

    private TestBureaus() {
    }

    public static String fresh() {
        return "b-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
