package cn.sangang.zone.worklog;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.plan.ZonePlans;
import cn.sangang.zone.plan.domain.Zone;
import cn.sangang.zone.worklog.WorkLogApi.NewWorkLog;
import cn.sangang.zone.worklog.WorkLogApi.WorkLogView;

/** Work logs are written by the zone's own members only, and read by its head and by those who oversee the scheme. */
@Service
class WorkLogService {

    private static final Role[] OVERSEERS = {Role.LEADER, Role.SECRETARY, Role.OFFICE};

    private final WorkLogRepository logs;
    private final ZonePlans plans;
    private final ChangeRecorder recorder;

    WorkLogService(WorkLogRepository logs, ZonePlans plans, ChangeRecorder recorder) {
        this.logs = logs;
        this.plans = plans;
        this.recorder = recorder;
    }

    WorkLogView write(Caller caller, NewWorkLog request) {
        String bureau = caller.bureau();
        String author = caller.member();
        Zone zone = plans.of(bureau).require(request.zoneId());
        if (!zone.hasMember(author)) {
            throw new ForbiddenException("worklog.not-zone-member", Map.of("zone", zone.name()));
        }
        WorkLogDocument log = new WorkLogDocument(bureau, zone.zoneId(), author, request.date(), request.duty(),
                request.content().strip(), recorder.now());
        recorder.audit(log, caller, "worklog.written", null, zone.name() + " " + request.date() + " " + request.duty());
        return logs.insert(log).view();
    }

    List<WorkLogView> ofZone(Caller caller, String zoneId, int limit) {
        String bureau = caller.bureau();
        Zone zone = plans.of(bureau).require(zoneId);
        if (!zone.headPersonNo().equals(caller.memberId())) {
            caller.require(OVERSEERS);
        }
        return logs.findByBureauIdAndZoneIdOrderByDateDesc(bureau, zoneId, PageRequest.of(0, limit)).stream()
                .map(WorkLogDocument::view).toList();
    }

    List<WorkLogView> mine(Caller caller, int limit) {
        return logs.findByBureauIdAndAuthorPersonNoOrderByDateDesc(caller.bureau(), caller.member(),
                PageRequest.of(0, limit)).stream().map(WorkLogDocument::view).toList();
    }
}
