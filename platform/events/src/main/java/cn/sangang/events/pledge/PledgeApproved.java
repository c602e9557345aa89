package cn.sangang.events.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The leadership approved a pledge (审诺) in review round {@code round}: its items are now the pledge the proposer
 * signs (定诺) and publishes. {@code proposerPersonNo} is the member, or the secretary who filed an organisation pledge.
 */
public record PledgeApproved(String pledgeId, PledgeKind kind, int campaignYear, String proposerPersonNo,
        List<Item> items, int round, String approvedBy) {

    /** An approved item: who answers for it and by when (完成时限). */
    public record Item(int itemNo, String responsiblePersonNo, LocalDate deadline) {

        public Item {
            Objects.requireNonNull(responsiblePersonNo, "responsiblePersonNo");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    public PledgeApproved {
        Objects.requireNonNull(pledgeId, "pledgeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(proposerPersonNo, "proposerPersonNo");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
}
