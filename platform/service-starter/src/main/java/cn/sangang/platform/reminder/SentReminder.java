package cn.sangang.platform.reminder;

import java.time.Instant;

import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.platform.outbox.AggregateDocument;

/**
 * The ledger entry that a reminder went out: its id is bureau, subject and threshold, so the insert of a second
 * one fails, and it carries the reminder event in its outbox, so recording and sending are one write.
 */
@Document(SentReminder.COLLECTION)
public class SentReminder extends AggregateDocument {

    static final String COLLECTION = "reminders_sent";

    private ReminderKind kind;
    private String subject;
    private String threshold;
    private Instant sentAt;

    SentReminder() {
    }

    SentReminder(String bureauId, ReminderKind kind, String subject, String threshold, Instant sentAt) {
        super(key(bureauId, subject, threshold), bureauId);
        this.kind = kind;
        this.subject = subject;
        this.threshold = threshold;
        this.sentAt = sentAt;
    }

    static String key(String bureauId, String subject, String threshold) {
        return bureauId + "|" + subject + "|" + threshold;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getThreshold() {
        return threshold;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
