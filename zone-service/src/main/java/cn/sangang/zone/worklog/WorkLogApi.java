package cn.sangang.zone.worklog;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request and response bodies of the work log API. */
final class WorkLogApi {

    static final String ZONE_ID = "[0-9a-f]{24}";

    private WorkLogApi() {
    }

    record NewWorkLog(@NotNull @Pattern(regexp = ZONE_ID) String zoneId, @NotNull @PastOrPresent LocalDate date,
            @NotNull Duty duty, @NotBlank @Size(max = 2000) String content) {
    }

    record WorkLogView(String id, String zoneId, String authorPersonNo, LocalDate date, Duty duty, String content,
            Instant recordedAt) {
    }
}
