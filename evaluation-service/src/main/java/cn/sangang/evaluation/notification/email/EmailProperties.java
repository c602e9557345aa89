package cn.sangang.evaluation.notification.email;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The email channel of the inbox (sangang.notifications.email); the SMTP server itself is Spring's
 * {@code spring.mail.*}.
 *
 * @param enabled    off by default: no mail leaves the service until a bureau has mailboxes and an SMTP server
 * @param from       the sender address
 * @param webBaseUrl where staff open the web client (e.g. {@code https://sangang.example.gov.cn}), so a mail can
 *                   carry a link to the page to act on; blank: the mail names no link
 * @param bureaus    by bureau id: the mailboxes of role holders (by role name) and of people (by person number)
 */
@ConfigurationProperties("sangang.notifications.email")
record EmailProperties(@DefaultValue("false") boolean enabled, @DefaultValue("sangang@localhost") String from,
        @DefaultValue("") String webBaseUrl, Map<String, BureauMailboxes> bureaus) {

    EmailProperties {
        bureaus = bureaus == null ? Map.of() : Map.copyOf(bureaus);
    }

    record BureauMailboxes(Map<String, List<String>> roles, Map<String, List<String>> people) {

        BureauMailboxes {
            roles = roles == null ? Map.of() : Map.copyOf(roles);
            people = people == null ? Map.of() : Map.copyOf(people);
        }
    }
}
