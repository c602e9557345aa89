package cn.sangang.evaluation.notification.email;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who gets a notification by mail: the configured mailboxes of its bureau for each role and each person it is
 * addressed to, each address once. Keys are matched without regard to case, since property names may reach Spring
 * lower-cased (environment variables) while roles and person numbers are upper case.
 */
final class Mailboxes {

    private final Map<String, Map<String, List<String>>> byRole;
    private final Map<String, Map<String, List<String>>> byPerson;

    Mailboxes(Map<String, EmailProperties.BureauMailboxes> bureaus) {
        byRole = bureaus.entrySet().stream()
                .collect(Collectors.toMap(e -> key(e.getKey()), e -> lowerKeys(e.getValue().roles()), (a, b) -> a));
        byPerson = bureaus.entrySet().stream()
                .collect(Collectors.toMap(e -> key(e.getKey()), e -> lowerKeys(e.getValue().people()), (a, b) -> a));
    }

    Set<String> of(String bureauId, Collection<String> roles, Collection<String> personNos) {
        Set<String> addresses = new LinkedHashSet<>();
        Map<String, List<String>> roleBoxes = byRole.getOrDefault(key(bureauId), Map.of());
        roles.forEach(role -> addresses.addAll(roleBoxes.getOrDefault(key(role), List.of())));
        Map<String, List<String>> personBoxes = byPerson.getOrDefault(key(bureauId), Map.of());
        personNos.forEach(person -> addresses.addAll(personBoxes.getOrDefault(key(person), List.of())));
        addresses.removeIf(String::isBlank);
        return addresses;
    }

    private static Map<String, List<String>> lowerKeys(Map<String, List<String>> boxes) {
        return boxes.entrySet().stream().collect(Collectors.toMap(e -> key(e.getKey()),
                e -> e.getValue() == null ? List.of() : List.copyOf(e.getValue()), (a, b) -> a));
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
