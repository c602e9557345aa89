package cn.sangang.platform.audit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** The audit trail of the caller's bureau in this service, for the leadership and the education-practice office. */
@RestController
@Validated
public class AuditEndpoint {

    private final AuditLog auditLog;

    public AuditEndpoint(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("${sangang.api-prefix}/audit")
    List<AuditLog.AuditView> audit(Caller caller, @RequestParam(required = false) String aggregateId,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return auditLog.read(caller.bureauAs(Role.LEADER, Role.OFFICE), aggregateId, limit);
    }
}
