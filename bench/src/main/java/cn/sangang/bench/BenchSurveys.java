package cn.sangang.bench;

import java.util.Map;

/**
 * Leadership surveys made for a run, each of a quarter no earlier survey used — one leadership survey per quarter is
 * the rule — going back from {@code firstBack} quarters before today's.
 */
final class BenchSurveys {

    record Survey(String code, String quarter) {
    }

    private final LocalSystem system;
    private final String office;
    private int back;

    BenchSurveys(LocalSystem system, String office, int firstBack) {
        this.system = system;
        this.office = office;
        this.back = firstBack;
    }

    Survey next() {
        while (true) {
            String quarter = LocalSystem.quarter(back++);
            Http.Response created = system.http.post(LocalSystem.GATEWAY + "/api/evaluation/surveys", office,
                    Map.of("targetType", "LEADERSHIP", "title", "班子满意度（基准测试）", "quarter", quarter));
            if (created.status() == 201) {
                return new Survey(created.json().path("code").asString(), quarter);
            }
            created.expect(409, "survey for " + quarter);
        }
    }
}
