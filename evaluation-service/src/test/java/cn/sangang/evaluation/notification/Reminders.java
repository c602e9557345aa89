package cn.sangang.evaluation.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.events.reminder.ReminderKind;
import cn.sangang.testkit.EventCapture;

/** Reminders of one bureau, as pledge-service sends them to evaluation-service. */
final class Reminders {

    private static final EventCodec CODEC = new EventCodec();

    private Reminders() {
    }

    static ReminderDue toPeople(String subject, String... personNos) {
        return new ReminderDue(subject, "due-in-7-days", ReminderKind.PLEDGE_ITEM_DEADLINE, "承诺事项完成时限临近",
                "「每月走访林农」须在2026年6月30日前完成", "/app/home", LocalDate.of(2026, 6, 30), List.of(personNos), List.of());
    }

    static ReminderDue toRoles(String subject, String... roles) {
        return new ReminderDue(subject, "waiting", ReminderKind.PLEDGE_REVIEW, "承诺待审核", "党员张三的承诺已提交，等待局领导审核",
                "/app/leader/reviews", null, List.of(), List.of(roles));
    }

    /** The event of {@code reminder}; each call is a new event id, as a reminder sent again would be. */
    static String event(String bureau, ReminderDue reminder) {
        return CODEC.encode(EventEnvelope.of(EventTypes.PLEDGE_REMINDER_DUE, bureau, Instant.now(), reminder));
    }

    static void deliver(String... events) {
        for (String event : events) {
            EventCapture.send(Topics.PLEDGE, "reminders", event);
        }
    }
}
