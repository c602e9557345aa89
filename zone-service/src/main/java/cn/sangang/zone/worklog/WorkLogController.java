package cn.sangang.zone.worklog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.plan.ZonePlans;
import cn.sangang.zone.plan.domain.Zone;

/** Zone work logs: written by the zone's own members, read by its head and by those who oversee the scheme. */
@RestController
@RequestMapping("/api/zone/work-logs")
class WorkLogController {

    private static final Role[] OVERSEERS = {Role.LEADER, Role.SECRETARY, Role.OFFICE};

    record NewWorkLog(@NotNull @Pattern(regexp = "[0-9a-f]{24}") String zoneId, @NotNull @PastOrPresent LocalDate date,
                      @NotNull Duty duty, @NotBlank @Size(max = 2000) String content) {
    }

    record WorkLogView(String id, String zoneId, String authorPersonNo, LocalDate date, Duty duty, String content,
                       Instant recordedAt) {
    }

    private final WorkLogRepository logs;
    private final ZonePlans plans;
    private final ChangeRecorder recorder;

    WorkLogController(WorkLogRepository logs, ZonePlans plans, ChangeRecorder recorder) {
        this.logs = logs;
        this.plans = plans;
        this.recorder = recorder;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WorkLogView write(Caller caller, @Valid @RequestBody NewWorkLog request) {
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

    @GetMapping
    List<WorkLogView> ofZone(Caller caller, @RequestParam @Pattern(regexp = "[0-9a-f]{24}") String zoneId,
                             @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        String bureau = caller.bureau();
        Zone zone = plans.of(bureau).require(zoneId);
        if (!zone.headPersonNo().equals(caller.memberId())) {
            caller.require(OVERSEERS);
        }
        return logs.findByBureauIdAndZoneIdOrderByDateDesc(bureau, zoneId, PageRequest.of(0, limit)).stream()
            .map(WorkLogDocument::view).toList();
    }

    @GetMapping("/mine")
    List<WorkLogView> mine(Caller caller, @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return logs.findByBureauIdAndAuthorPersonNoOrderByDateDesc(caller.bureau(), caller.member(),
            PageRequest.of(0, limit)).stream().map(WorkLogDocument::view).toList();
    }
}
