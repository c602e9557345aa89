package cn.sangang.post;

import cn.sangang.testkit.HostileInputSuite;

/**
 * Hostile input to every state-changing endpoint, by a caller allowed to use it (the calls of {@link Endpoints}):
 * malformed JSON, wrong types, operator keys, huge and deep bodies and hostile ids are refused with a problem and
 * write nothing; hostile text that is valid text is stored and returned verbatim; generated bodies never cause a
 * server error. Elections are opened in a bureau of their own, since a bureau has one open election at a time.
 */
@PostServiceTest
class HostileInputTest extends HostileInputSuite {

    HostileInputTest() {
        super(PostEndpoints.CATALOGUE, port -> new Endpoints(port).fixture());
    }
}
