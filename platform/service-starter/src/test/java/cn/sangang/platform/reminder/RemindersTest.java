package cn.sangang.platform.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventTypes;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.platform.FreshStore;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.outbox.TraceContextSource;
import cn.sangang.testkit.MovableClock;

/** Two replicas of a job over one store, each with its own ledger writer. */
class RemindersTest {

    @RegisterExtension
    static final FreshStore store = new FreshStore();

    final MongoTemplate mongo = store.mongo();

    final MovableClock clock = new MovableClock();
    final Reminders first = new Reminders(mongo,
            new ChangeRecorder(clock, new EventCodec(), TraceContextSource.none()));
    final Reminders second = new Reminders(mongo,
            new ChangeRecorder(clock, new EventCodec(), TraceContextSource.none()));

    static ReminderDue itemDue(String pledge, String threshold) {
        return new ReminderDue("pledge-item:" + pledge + ":1", threshold, ReminderKind.PLEDGE_ITEM_DEADLINE, "承诺事项即将到期",
                "第1项承诺将于6月30日到期", "/staff/pledges", LocalDate.of(2026, 6, 30), List.of("TJ0011"), List.of());
    }

    boolean sent(String bureauId, String subject, String threshold) {
        return mongo.findById(SentReminder.key(bureauId, subject, threshold), SentReminder.class) != null;
    }

    @Test
    void sends_a_reminder_once_however_many_replicas_find_it_due() {
        assertThat(first.send(EventTypes.PLEDGE_REMINDER_DUE, "b1", itemDue("p1", "due-in-7-days"))).isTrue();
        assertThat(second.send(EventTypes.PLEDGE_REMINDER_DUE, "b1", itemDue("p1", "due-in-7-days"))).isFalse();
        assertThat(first.send(EventTypes.PLEDGE_REMINDER_DUE, "b1", itemDue("p1", "due-in-7-days"))).isFalse();

        List<SentReminder> sent = mongo.findAll(SentReminder.class);
        assertThat(sent).filteredOn(r -> r.getSubject().equals("pledge-item:p1:1")).hasSize(1);
    }

    @Test
    void each_threshold_and_each_bureau_is_a_reminder_of_its_own() {
        assertThat(first.send(EventTypes.PLEDGE_REMINDER_DUE, "b1", itemDue("p2", "due-in-7-days"))).isTrue();
        assertThat(first.send(EventTypes.PLEDGE_REMINDER_DUE, "b1", itemDue("p2", Deadlines.OVERDUE))).isTrue();
        assertThat(first.send(EventTypes.PLEDGE_REMINDER_DUE, "b2", itemDue("p2", "due-in-7-days"))).isTrue();

        assertThat(sent("b2", "pledge-item:p2:1", Deadlines.OVERDUE)).isFalse();
        assertThat(sent("b1", "pledge-item:p2:1", Deadlines.OVERDUE)).isTrue();
    }

    @Test
    void a_batch_counts_only_the_reminders_that_went_out_now() {
        first.send(EventTypes.PLEDGE_REMINDER_DUE, "b4", itemDue("p4", "due-in-7-days"));

        int sent = second.send(EventTypes.PLEDGE_REMINDER_DUE, "b4",
                List.of(itemDue("p4", "due-in-7-days"), itemDue("p4", Deadlines.OVERDUE)));

        assertThat(sent).isEqualTo(1);
        assertThat(sent("b4", "pledge-item:p4:1", Deadlines.OVERDUE)).isTrue();
    }

    @Test
    void the_ledger_entry_carries_the_event_for_the_relay() {
        first.send(EventTypes.PLEDGE_REMINDER_DUE, "b3", itemDue("p3", "due-in-7-days"));

        SentReminder entry = mongo.findById("b3|pledge-item:p3:1|due-in-7-days", SentReminder.class);
        assertThat(entry).isNotNull();
        assertThat(entry.getBureauId()).isEqualTo("b3");
        assertThat(mongo.getCollection("reminders_sent").find().into(new java.util.ArrayList<>()))
                .anySatisfy(document -> assertThat(document.toJson()).contains("pledge-reminder-due"));
    }
}
