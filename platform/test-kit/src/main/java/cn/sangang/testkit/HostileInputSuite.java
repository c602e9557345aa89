package cn.sangang.testkit;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The hostile-input tests every service runs the same way: a service's test implements this with its own
 * {@link #targets()} (every state-changing endpoint with a caller allowed to use it) and gets them all.
 */
public interface HostileInputSuite {

    List<HostileSweep.Target> targets();

    HostileSweep sweep();

    RequestMappingHandlerMapping mappings();

    /** What each test sent and how it was answered, for reading a failure or a run's output. */
    @AfterEach
    default void print_what_the_sweep_sent() {
        System.out.print(sweep().summary());
    }

    @Test
    default void the_sweep_reaches_every_state_changing_endpoint_the_service_maps() {
        HostileSweep.assertCovers(mappings(), targets());
    }

    @Test
    default void refuses_malformed_and_mistyped_bodies_with_a_problem_and_writes_nothing() {
        sweep().sendMalformed(targets());
    }

    @Test
    default void refuses_operators_and_foreign_keys_and_keeps_hostile_text_verbatim() {
        sweep().sendDerived(targets());
    }

    @Test
    default void answers_edge_values_with_a_problem_or_a_clean_write() {
        sweep().sendEdges(targets());
    }

    @Test
    default void answers_generated_bodies_with_a_problem_or_a_clean_write_and_never_a_server_error() {
        sweep().sendGenerated(targets(), 15, HostileInput.seed());
    }

    @Test
    default void refuses_a_five_megabyte_body_with_a_413_problem() {
        sweep().sendHuge(targets());
    }

    @Test
    default void refuses_a_body_nested_five_thousand_deep_with_a_problem() {
        sweep().sendDeep(targets());
    }

    @Test
    default void refuses_hostile_ids_in_the_path_with_a_problem() {
        sweep().sendHostilePaths(targets());
    }
}
