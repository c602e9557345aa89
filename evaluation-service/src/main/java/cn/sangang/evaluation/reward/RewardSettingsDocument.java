package cn.sangang.evaluation.reward;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;

/** A bureau's reward for two consecutive passed quarters; the default applies until the office sets one. */
@Document("reward_settings")
@CompoundIndex(name = "one_per_bureau", def = "{'bureauId': 1}", unique = true)
class RewardSettingsDocument extends AggregateDocument {

    private int amountYuan;

    RewardSettingsDocument() {
    }

    RewardSettingsDocument(String bureauId, int amountYuan) {
        super(bureauId);
        this.amountYuan = amountYuan;
    }

    void change(int amount) {
        amountYuan = amount;
    }

    int amountYuan() {
        return amountYuan;
    }
}
