package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.sangang.platform.endpoint.EndpointCatalogue;

/**
 * What every service's role test proves of each role rule its catalogue states, with the calls of the service's
 * fixture: every bureau role outside an endpoint's roles gets 403 and changes nothing, and the rightful caller of each
 * read gets through. A service's test extends this with its catalogue and a bureau, and adds the rules the catalogue
 * cannot state.
 */
public abstract class RoleRulesContract {

    @LocalServerPort
    protected int port;

    private final EndpointCatalogue catalogue;
    private EndpointFixture endpoints;

    protected RoleRulesContract(EndpointCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Makes a bureau, and a call of every catalogued endpoint made of its ids. */
    protected abstract EndpointFixture bureau();

    /** A caller of this bureau who is no one in particular, holding only {@code role}. */
    protected abstract Api holding(String role);

    /** All a steward of this bureau reads of it, to compare before and after a sweep. */
    protected abstract String snapshot();

    /** The calls {@link #bureau} made, for a service's own rules. */
    protected EndpointFixture endpoints() {
        return endpoints;
    }

    @BeforeEach
    void a_bureau_and_a_call_of_every_endpoint() {
        endpoints = bureau();
    }

    @Test
    void every_bureau_role_outside_an_endpoints_rule_is_refused_and_changes_nothing() {
        String before = snapshot();

        RoleSweep.assertOutsidersRefused(catalogue, endpoints, RoleSweep.BUREAU_ROLES, this::holding);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void an_allowed_role_reads_every_read() {
        RoleSweep.assertRightfulReadsAnswer(endpoints, port);
    }
}
