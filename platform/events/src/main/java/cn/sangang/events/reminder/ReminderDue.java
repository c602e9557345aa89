package cn.sangang.events.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Someone should act: {@code subject} (stable, e.g. {@code pledge-item:<pledgeId>:<itemNo>}) crossed
 * {@code threshold} (e.g. {@code due-in-7-days}, {@code overdue}). Sent once per bureau, subject and threshold.
 * Addressed to people of the roster ({@code personNos}) and to every holder of {@code roles} in the bureau.
 * {@code title} and {@code detail} are the Chinese text the inbox shows; {@code link} the staff page where the
 * recipient acts; {@code dueOn} the date it is about, when there is one.
 */
public record ReminderDue(String subject, String threshold, ReminderKind kind, String title, String detail, String link,
        LocalDate dueOn, List<String> personNos, List<String> roles) {

    public ReminderDue {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        personNos = personNos == null ? List.of() : List.copyOf(personNos);
        roles = roles == null ? List.of() : List.copyOf(roles);
        if (personNos.isEmpty() && roles.isEmpty()) {
            throw new IllegalArgumentException("a reminder is addressed to someone: people or roles");
        }
    }
}
