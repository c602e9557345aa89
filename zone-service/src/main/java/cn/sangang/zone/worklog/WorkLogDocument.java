package cn.sangang.zone.worklog;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;

/** 工作日志: one entry by a zone member; a log is kept, not edited. */
@Document("work_logs")
@CompoundIndex(name = "bureau_zone_date", def = "{'bureauId': 1, 'zoneId': 1, 'date': -1}")
@CompoundIndex(name = "bureau_author_date", def = "{'bureauId': 1, 'authorPersonNo': 1, 'date': -1}")
class WorkLogDocument extends AggregateDocument {

    private String zoneId;
    private String authorPersonNo;
    private LocalDate date;
    private Duty duty;
    private String content;
    private Instant recordedAt;

    WorkLogDocument() {
    }

    WorkLogDocument(String bureauId, String zoneId, String authorPersonNo, LocalDate date, Duty duty, String content,
            Instant recordedAt) {
        super(bureauId);
        this.zoneId = zoneId;
        this.authorPersonNo = authorPersonNo;
        this.date = date;
        this.duty = duty;
        this.content = content;
        this.recordedAt = recordedAt;
    }

    WorkLogApi.WorkLogView view() {
        return new WorkLogApi.WorkLogView(getId(), zoneId, authorPersonNo, date, duty, content, recordedAt);
    }
}
