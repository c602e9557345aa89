package cn.sangang.post.election;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.post.election.domain.WinningRule;

/** A bureau's stated rule for electing model posts; its id is the bureau's. */
@Document("election_settings")
record ElectionSettingsDocument(@Id String bureauId, WinningRule winningRule, String changedBy) {
}
