package cn.sangang.pledge.pledge.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.sangang.platform.problem.RuleViolationException;

/** What a proposal (提诺) must satisfy before it is filed. */
public final class Proposal {

    /** A person named in a proposal, as the roster knows them. */
    public record Person(String personNo, String name, boolean partyMember, boolean active) {
    }

    private Proposal() {
    }

    /** The proposer and everyone answering for an item are active party members of the bureau; names all who are not. */
    public static void requirePartyMembers(List<Person> people) {
        List<String> outside = people.stream().filter(p -> !p.partyMember() || !p.active()).distinct().map(Person::name)
                .toList();
        if (!outside.isEmpty()) {
            throw new RuleViolationException("pledge.not-party-members", Map.of("people", outside));
        }
    }

    /**
     * An item is due today or later — one due in the past cannot be pledged — and no later than the end of the year
     * after the campaign's, so that its evaluation is in sight.
     */
    public static void requireDeadlines(List<LocalDate> deadlines, LocalDate today, int campaignYear) {
        LocalDate latest = LocalDate.of(campaignYear + 1, 12, 31);
        for (int i = 0; i < deadlines.size(); i++) {
            if (deadlines.get(i).isBefore(today)) {
                throw new RuleViolationException("pledge.item-due-in-past",
                        Map.of("item", i + 1, "deadline", deadlines.get(i).toString()));
            }
            if (deadlines.get(i).isAfter(latest)) {
                throw new RuleViolationException("pledge.item-due-too-late", Map.of("item", i + 1, "deadline",
                        deadlines.get(i).toString(), "year", campaignYear, "latest", latest.toString()));
            }
        }
    }
}
