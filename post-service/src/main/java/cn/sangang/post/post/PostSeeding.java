package cn.sangang.post.post;

import java.util.Map;

import org.springframework.stereotype.Component;

import cn.sangang.platform.security.Caller;
import cn.sangang.post.post.domain.Nomination;
import cn.sangang.post.post.domain.Standard;

/**
 * Individual nominations of the demo data, by the rules of the API's, for a seeded election
 * ({@link cn.sangang.post.election.ElectionSeeding}). The holder is as the demo seed file tells it rather than as
 * zone-service does: the services start together, and zone-service is asked only on behalf of a signed-in caller.
 */
@Component
public class PostSeeding {

    /** A person of the demo seed, with the name of their unit. */
    public record Holder(String personNo, String name, boolean partyMember, String unitCode, String unitName) {
    }

    private final PostRepository posts;
    private final PostService service;

    PostSeeding(PostRepository posts, PostService service) {
        this.posts = posts;
        this.service = service;
    }

    /** Whether the person stands in a nomination or holds a post in the bureau (one live post per person). */
    public boolean holdsLivePost(String bureau, String personNo) {
        return posts.findByBureauIdAndHolderPersonNo(bureau, personNo).stream()
                .anyMatch(p -> p.toPost().status().live());
    }

    /** Nominates the holder's individual post; returns its id. */
    public String nominate(Caller secretary, Holder holder, String title, Map<Standard, String> statements) {
        return service.nominateForDemo(secretary, new Nomination.Person(holder.personNo(), holder.name(),
                holder.partyMember(), true, holder.unitCode(), holder.unitName()), title, statements).id();
    }
}
