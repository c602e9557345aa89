package cn.sangang.events.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every item of a pledge was evaluated (评诺): leader comment, public appraisal and organisational assessment gave
 * each a verdict. An item not fulfilled carries its rectification deadline (责令限期整改).
 */
public record PledgeEvaluated(String pledgeId, PledgeKind kind, int campaignYear, String proposerPersonNo,
        List<ItemResult> items, LocalDate evaluatedOn, String evaluatedBy) {

    /** The verdict on one item. */
    public record ItemResult(int itemNo, String responsiblePersonNo, boolean fulfilled,
            LocalDate rectificationDeadline) {

        public ItemResult {
            Objects.requireNonNull(responsiblePersonNo, "responsiblePersonNo");
        }
    }

    public PledgeEvaluated {
        Objects.requireNonNull(pledgeId, "pledgeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(proposerPersonNo, "proposerPersonNo");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
}
