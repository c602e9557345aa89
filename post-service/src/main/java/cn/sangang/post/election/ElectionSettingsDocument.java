package cn.sangang.post.election;

import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;
import cn.sangang.post.election.domain.WinningRule;

/**
 * A bureau's stated rule for electing model posts; its id is the bureau's. It is only ever written by an upsert
 * carrying its audit entry, which names who set it (see {@link ElectionService#setRule}); an upsert also changes a
 * setting stored before the document had an outbox.
 */
@Document("election_settings")
class ElectionSettingsDocument extends AggregateDocument {

    private WinningRule winningRule;

    ElectionSettingsDocument() {
    }

    WinningRule winningRule() {
        return winningRule;
    }
}
