package cn.sangang.post.election;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.sangang.post.election.domain.Election;

/** The elections open now in every bureau, and who has voted in each, for the reminders to vote. */
@Component
public class OpenElections {

    /** An open election: its title, when it opened, and the person numbers of those who have voted. */
    public record OpenElection(String bureauId, String electionId, String title, Instant openedAt, Set<String> voters) {
    }

    private final ElectionRepository elections;

    OpenElections(ElectionRepository elections) {
        this.elections = elections;
    }

    public List<OpenElection> all() {
        return elections.findByStatus(Election.Status.OPEN).stream().map(ElectionDocument::toElection)
                .map(e -> new OpenElection(e.bureauId(), e.id(), e.title(), e.openedAt(), Set.copyOf(e.voters())))
                .toList();
    }
}
