package cn.sangang.bench;

import java.util.Map;

import cn.sangang.local.SurveyChallenges;

/**
 * Asks for a survey ticket as the survey page does: fetches the survey's challenge, solves it, and sends the ticket
 * request with the solution. The proof of work is the client's cost; scripts/bench.sh and scripts/faults.sh lower
 * its difficulty, since one machine plays every phone.
 */
final class SurveyTickets {

    private SurveyTickets() {
    }

    static Http.Response request(Http http, String base, String survey, String deviceId) {
        Http.Response challenge = http.get(base + "/public/evaluation/surveys/" + survey + "/challenge", null);
        if (challenge.status() != 200) {
            return challenge;
        }
        String text = challenge.json().path("challenge").asString();
        String nonce = SurveyChallenges.solve(text, challenge.json().path("bits").asInt());
        return http.post(base + "/public/evaluation/surveys/" + survey + "/tickets", null,
                Map.of("deviceId", deviceId, "challenge", text, "nonce", nonce));
    }
}
