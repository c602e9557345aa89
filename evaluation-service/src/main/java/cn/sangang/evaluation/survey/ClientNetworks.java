package cn.sangang.evaluation.survey;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import cn.sangang.evaluation.survey.domain.AddressPrefix;

/**
 * The network a public request came from, as a keyed hash: what ballots are counted and grouped by, never stored as
 * an address. The address is the one the gateway vouches for in {@link #ADDRESS_HEADER} — it overwrites whatever a
 * client sent there, and only the gateway reaches this service (k8s/base/network-policies.yaml) — else the peer's
 * own (a direct call, as in tests and the benchmark).
 */
@Component
class ClientNetworks {

    static final String ADDRESS_HEADER = "X-Sangang-Client-Address";
    private static final String PURPOSE = "network";

    private final SurveySecret secret;
    private final int ipv4PrefixLength;

    ClientNetworks(SurveySecret secret, BallotProperties properties) {
        this.secret = secret;
        this.ipv4PrefixLength = properties.ipv4PrefixLength();
    }

    /**
     * The request's network, keyed per survey: within a survey one network has one source, so its answers group
     * together; across surveys its sources differ, so no one can follow a network from survey to survey.
     */
    String sourceOf(String surveyCode, HttpServletRequest request) {
        String prefix = AddressPrefix.of(request.getHeader(ADDRESS_HEADER), ipv4PrefixLength)
                .or(() -> AddressPrefix.of(request.getRemoteAddr(), ipv4PrefixLength)).orElse("unknown");
        return SurveySecret.encode(Arrays.copyOf(secret.mac(PURPOSE, surveyCode + "|" + prefix), 16));
    }
}
