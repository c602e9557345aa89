package cn.sangang.platform.reminder;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

import cn.sangang.events.EventType;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.platform.outbox.ChangeRecorder;

/**
 * Sends a reminder once per bureau, subject and threshold, however often a job finds it due and however many
 * replicas run the job: the ledger entry and the event are one insert, and a second insert of the same key fails.
 */
public class Reminders {

    private final MongoOperations mongo;
    private final ChangeRecorder recorder;

    public Reminders(MongoOperations mongo, ChangeRecorder recorder) {
        this.mongo = mongo;
        this.recorder = recorder;
    }

    /** @return whether it went out now (false: it had gone out before) */
    public boolean send(EventType<ReminderDue> type, String bureauId, ReminderDue reminder) {
        SentReminder entry = new SentReminder(bureauId, reminder.kind(), reminder.subject(), reminder.threshold(),
                recorder.now());
        recorder.publish(entry, type, reminder);
        try {
            mongo.insert(entry);
            return true;
        } catch (DuplicateKeyException sentBefore) {
            return false;
        }
    }

    /** Sends each of {@code due}; returns how many went out now. */
    public int send(EventType<ReminderDue> type, String bureauId, List<ReminderDue> due) {
        int sent = 0;
        for (ReminderDue reminder : due) {
            if (send(type, bureauId, reminder)) {
                sent++;
            }
        }
        return sent;
    }
}
