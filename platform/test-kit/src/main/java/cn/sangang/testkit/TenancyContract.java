package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.platform.endpoint.Endpoint;
import cn.sangang.platform.endpoint.EndpointCatalogue;
import cn.sangang.platform.security.Role;

/**
 * What every service's tenancy test proves of each bureau endpoint, called with the service's fixture: a caller of
 * another bureau, holding every role and this bureau's person numbers, reads nothing of this bureau and changes
 * nothing; the county office, which belongs to no bureau, is refused every endpoint its catalogue does not grant it.
 * A service's test extends this with its catalogue, a bureau with data, and what of it no other bureau may see.
 */
public abstract class TenancyContract {

    @LocalServerPort
    protected int port;

    private final EndpointCatalogue catalogue;
    private EndpointFixture endpoints;

    protected TenancyContract(EndpointCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Makes a bureau with data, and a call of every catalogued endpoint made of its ids. */
    protected abstract EndpointFixture bureauWithData();

    /** The call of every bureau endpoint, made of this bureau's ids. */
    protected Map<String, EndpointSweep.Call> calls() {
        return endpoints.bureauCalls(catalogue);
    }

    /** All a steward of this bureau reads of it, to compare before and after a sweep. */
    protected abstract String snapshot();

    /** A caller of another bureau, as {@link #holdingEveryRole} makes one. */
    protected abstract Api intruder();

    /** The ids, names and words of this bureau no answer to the intruder may hold. */
    protected abstract List<String> secrets();

    /**
     * The endpoints the county office may call, as {@code "METHOD /pattern"}: written out here so that granting the
     * county a bureau endpoint in the catalogue by mistake fails this test instead of leaving the endpoint unswept.
     */
    protected Set<String> countyEndpoints() {
        return Set.of();
    }

    /** What the intruder reads nothing of besides the calls' JSON answers (a document, a workbook): none by default. */
    protected void assertNothingElseLeaksTo(Api intruder) {
    }

    /** {@code person} of {@code bureau}, holding every role a bureau hands out. */
    protected Api holdingEveryRole(String bureau, String person) {
        String[] everyRole = Arrays.stream(Role.bureauRoles()).map(Role::name).toArray(String[]::new);
        return Api.at(port).as(TestTokens.token(bureau, person, everyRole));
    }

    @BeforeEach
    void a_bureau_with_data_and_a_call_of_every_endpoint() {
        endpoints = bureauWithData();
    }

    @Test
    void a_caller_of_another_bureau_reads_nothing_and_changes_nothing_on_any_endpoint() {
        String before = snapshot();
        Api intruder = intruder();

        EndpointSweep.assertNothingLeaks(intruder, calls(), secrets().toArray(String[]::new));
        assertNothingElseLeaksTo(intruder);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void the_county_office_belongs_to_no_bureau_and_is_refused_every_bureau_endpoint_not_granted_to_it() {
        assertThat(catalogue.all().stream().filter(listed -> listed.roles().contains(Role.COUNTY.name()))
                .map(Endpoint::key)).as("the endpoints the catalogue grants the county office")
                .containsExactlyInAnyOrderElementsOf(countyEndpoints());
        String before = snapshot();
        Map<String, EndpointSweep.Call> bureauEndpoints = calls();
        bureauEndpoints.keySet().removeAll(countyEndpoints());

        EndpointSweep.assertAllRefused(Api.at(port).as(TestTokens.county()), bureauEndpoints, 403);
        assertThat(snapshot()).isEqualTo(before);
    }
}
