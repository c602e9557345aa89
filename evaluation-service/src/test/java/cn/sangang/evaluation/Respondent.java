package cn.sangang.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import cn.sangang.local.SurveyChallenges;
import cn.sangang.testkit.Api;

/**
 * A member of the public on a survey page, as the page does it: fetches the survey's challenge, solves it, asks for
 * a ticket and answers with it. Without {@link #from} the service sees the test's own address; with it, the address
 * the gateway would have put in {@link #ADDRESS_HEADER}.
 */
public final class Respondent {

    public static final String ADDRESS_HEADER = "X-Sangang-Client-Address";

    private final Api api;

    private Respondent(Api api) {
        this.api = api;
    }

    public static Respondent at(int port) {
        return new Respondent(Api.at(port));
    }

    public Respondent from(String address) {
        return new Respondent(api.withHeader(ADDRESS_HEADER, address));
    }

    public Api api() {
        return api;
    }

    /** A ticket request for a new device with the survey's current challenge solved. */
    public Map<String, Object> solvedRequest(String survey) {
        return solvedRequest(survey, newDevice());
    }

    public Map<String, Object> solvedRequest(String survey, String deviceId) {
        var challenge = api.get("/public/evaluation/surveys/" + survey + "/challenge");
        assertThat(challenge.status()).as(challenge.toString()).isEqualTo(200);
        String text = challenge.json().path("challenge").asString();
        Map<String, Object> request = new HashMap<>();
        request.put("deviceId", deviceId);
        request.put("challenge", text);
        request.put("nonce", SurveyChallenges.solve(text, challenge.json().path("bits").asInt()));
        return request;
    }

    public Api.Response ticket(String survey) {
        return ticket(survey, newDevice());
    }

    public Api.Response ticket(String survey, String deviceId) {
        return api.post("/public/evaluation/surveys/" + survey + "/tickets", solvedRequest(survey, deviceId));
    }

    /** The ticket of a new device, which must be issued. */
    public String ticketOf(String survey) {
        var issued = ticket(survey);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json().path("ticket").asString();
    }

    public Api.Response answer(String survey, String ticket, String rating, String opinion) {
        Map<String, Object> body = new HashMap<>(Map.of("ticket", ticket, "rating", rating));
        if (opinion != null) {
            body.put("opinion", opinion);
        }
        return api.post("/public/evaluation/surveys/" + survey + "/answers", body);
    }

    public static String newDevice() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
