package cn.sangang.zone.worklog;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.zone.worklog.WorkLogApi.NewWorkLog;
import cn.sangang.zone.worklog.WorkLogApi.WorkLogView;

/** Zone work logs: written by the zone's own members, read by its head and by those who oversee the scheme. */
@RestController
@RequestMapping("/api/zone/work-logs")
class WorkLogController {

    private final WorkLogService logs;

    WorkLogController(WorkLogService logs) {
        this.logs = logs;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WorkLogView write(Caller caller, @Valid @RequestBody NewWorkLog request) {
        return logs.write(caller, request);
    }

    @GetMapping
    List<WorkLogView> ofZone(Caller caller, @RequestParam @Pattern(regexp = WorkLogApi.ZONE_ID) String zoneId,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return logs.ofZone(caller, zoneId, limit);
    }

    @GetMapping("/mine")
    List<WorkLogView> mine(Caller caller, @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return logs.mine(caller, limit);
    }
}
