package cn.sangang.events.roster;

import java.util.Objects;

/**
 * A person on a bureau's roster was added, changed, or left. Consumers keep their own view of who is a party
 * member; {@code active} false means the person left the bureau.
 */
public record MemberChanged(String personNo, String name, String unitCode, boolean partyMember, boolean active,
        Change change) {

    public enum Change {
        JOINED, UPDATED, LEFT
    }

    public MemberChanged {
        Objects.requireNonNull(personNo, "personNo");
        Objects.requireNonNull(change, "change");
    }
}
