package cn.sangang.testkit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.sangang.platform.endpoint.EndpointCatalogue;

/**
 * What every service's audit trail test proves with an {@link AuditSweep}: every state-changing endpoint it maps,
 * called once with success, leaves one record naming who did what to which aggregate, of the action the service's
 * catalogue names for it; an endpoint without one is listed in the catalogue with the reason. A service's test
 * extends this with its catalogue and its audit endpoint, and walks a bureau through the calls in an order that makes
 * each valid.
 */
public abstract class AuditTrailContract {

    @LocalServerPort
    protected int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final EndpointCatalogue catalogue;
    private final String auditPath;

    protected AuditTrailContract(EndpointCatalogue catalogue, String auditPath) {
        this.catalogue = catalogue;
        this.auditPath = auditPath;
    }

    /** A fresh bureau to walk through the calls, and of it the LEADER or OFFICE who reads its audit trail. */
    protected abstract Api bureauAndItsTrailReader();

    /** Calls every audited endpoint once with success, through {@code sweep}, saying the record each leaves. */
    protected abstract void walk(AuditSweep sweep);

    @Test
    void every_state_changing_endpoint_leaves_its_audit_record() {
        AuditSweep sweep = new AuditSweep(StateChangingEndpoints.of(mappings), catalogue, AuditSweep.SPRING_ERROR_PAGE,
                AuditTrail.readBy(bureauAndItsTrailReader(), auditPath));

        walk(sweep);

        sweep.assertEveryEndpointAccountedFor();
    }
}
