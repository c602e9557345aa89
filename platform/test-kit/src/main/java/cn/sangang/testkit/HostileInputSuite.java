package cn.sangang.testkit;

import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.sangang.platform.endpoint.EndpointCatalogue;

/**
 * The hostile-input tests every service runs the same way, against every state-changing endpoint with a caller allowed
 * to use it (the calls of the service's endpoint fixture): a service's test extends this with its catalogue and
 * fixture and gets them all.
 */
public abstract class HostileInputSuite {

    @LocalServerPort
    protected int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MongoTemplate mongo;

    private final EndpointCatalogue catalogue;
    private final IntFunction<EndpointFixture> fixture;
    private List<HostileSweep.Target> targets;
    private HostileSweep sweep;

    /**
     * @param fixture makes a fixture with a well-formed call of every catalogued endpoint, against the service on the
     *                port it is given
     */
    protected HostileInputSuite(EndpointCatalogue catalogue, IntFunction<EndpointFixture> fixture) {
        this.catalogue = catalogue;
        this.fixture = fixture;
    }

    @BeforeEach
    void a_bureau_with_data_and_a_call_of_every_endpoint() {
        targets = fixture.apply(port).hostileTargets(catalogue);
        sweep = new HostileSweep(port, mongo.getDb());
    }

    List<HostileSweep.Target> targets() {
        return targets;
    }

    HostileSweep sweep() {
        return sweep;
    }

    RequestMappingHandlerMapping mappings() {
        return mappings;
    }

    /** What each test sent and how it was answered, for reading a failure or a run's output. */
    @AfterEach
    void print_what_the_sweep_sent() {
        System.out.print(sweep().summary());
    }

    @Test
    void the_sweep_reaches_every_state_changing_endpoint_the_service_maps() {
        HostileSweep.assertCovers(mappings(), targets());
    }

    @Test
    void refuses_malformed_and_mistyped_bodies_with_a_problem_and_writes_nothing() {
        sweep().sendMalformed(targets());
    }

    @Test
    void refuses_operators_and_foreign_keys_and_keeps_hostile_text_verbatim() {
        sweep().sendDerived(targets());
    }

    @Test
    void answers_edge_values_with_a_problem_or_a_clean_write() {
        sweep().sendEdges(targets());
    }

    @Test
    void answers_generated_bodies_with_a_problem_or_a_clean_write_and_never_a_server_error() {
        sweep().sendGenerated(targets(), 15, HostileGenerators.seed());
    }

    @Test
    void refuses_a_five_megabyte_body_with_a_413_problem() {
        sweep().sendHuge(targets());
    }

    @Test
    void refuses_a_body_nested_five_thousand_deep_with_a_problem() {
        sweep().sendDeep(targets());
    }

    @Test
    void refuses_hostile_ids_in_the_path_with_a_problem() {
        sweep().sendHostilePaths(targets());
    }
}
