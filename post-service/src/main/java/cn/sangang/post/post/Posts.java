package cn.sangang.post.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.sangang.events.post.PostKind;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.platform.security.Caller;
import cn.sangang.post.post.domain.PostStatus;

/** What elections may do with posts: check candidates, and establish the elected. */
@Component
public class Posts {

    /** A candidate as the ballot shows it. */
    public record Candidate(String postId, String title, String holderName) {
    }

    private final PostRepository posts;
    private final PostService service;

    Posts(PostRepository posts, PostService service) {
        this.posts = posts;
        this.service = service;
    }

    /** The candidates of an election: nominated individual posts of this bureau. */
    public List<Candidate> candidates(String bureau, List<String> postIds) {
        return postIds.stream().map(id -> posts.findByBureauIdAndId(bureau, id).map(PostDocument::toPost)
                .filter(p -> p.kind() == PostKind.INDIVIDUAL && p.status() == PostStatus.NOMINATED)
                .map(p -> new Candidate(p.id(), p.title(), p.holderName())).orElseThrow(
                        () -> new RuleViolationException("election.candidate-not-nominated", Map.of("postId", id))))
                .toList();
    }

    /**
     * Applies an election's result to its candidates; a candidate already decided is left as it is. The winners are
     * established as of {@code closedAt}, when the election closed, even when applied later (after a restart).
     */
    public void applyResult(String bureau, String electionId, List<String> candidates, List<String> winners, Caller by,
            Instant closedAt) {
        service.applyElectionResult(bureau, electionId, candidates, winners, by, closedAt);
    }
}
