package cn.sangang.evaluation;

import cn.sangang.testkit.HostileInputSuite;

/**
 * Hostile input to every state-changing endpoint, the public survey ones included, by a caller allowed to use it
 * (the calls of {@link Endpoints}): malformed JSON, wrong types, operator keys, huge and deep bodies and hostile ids
 * are refused with a problem and write nothing; hostile opinions and titles are stored and returned verbatim; edge
 * values and generated bodies never cause a server error.
 * <p>
 * An accepted answer moves its survey's satisfaction, which a scheduled task publishes a few seconds later,
 * writing to the survey. So each answer endpoint is called on a survey of a bureau of its own, and after each
 * accepted answer moves on to a survey of a new bureau, whose store nothing else is about to change.
 */
@EvaluationServiceTest
class HostileInputTest extends HostileInputSuite {

    HostileInputTest() {
        super(EvaluationEndpoints.CATALOGUE, port -> new Endpoints(port).fixture());
    }
}
