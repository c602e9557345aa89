package cn.sangang.zone;

import cn.sangang.testkit.HostileInputSuite;
import cn.sangang.testkit.ServiceIntegrationTest;

/**
 * Hostile input to every state-changing endpoint, by a caller allowed to use it (the calls of {@link Endpoints}):
 * malformed JSON, wrong types, operator keys, huge and deep bodies and hostile ids are refused with a problem and
 * write nothing; hostile text that is valid text is stored and returned verbatim; generated bodies never cause a
 * server error.
 */
@ServiceIntegrationTest
class HostileInputTest extends HostileInputSuite {

    HostileInputTest() {
        super(ZoneEndpoints.CATALOGUE, port -> new Endpoints(new BureauFixture(port), "hostile").fixture());
    }
}
