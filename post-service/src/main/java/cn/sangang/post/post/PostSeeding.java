package cn.sangang.post.post;

import java.util.Map;

import org.springframework.stereotype.Component;

import cn.sangang.events.post.PostKind;
import cn.sangang.platform.outbox.ChangeRecorder;
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
    private final ChangeRecorder recorder;

    PostSeeding(PostRepository posts, ChangeRecorder recorder) {
        this.posts = posts;
        this.recorder = recorder;
    }

    /** Whether the person stands in a nomination or holds a post in the bureau (one live post per person). */
    public boolean holdsLivePost(String bureau, String personNo) {
        return posts.findByBureauIdAndHolderPersonNo(bureau, personNo).stream().anyMatch(p -> p.status().live());
    }

    /** Nominates the holder's individual post; returns its id. */
    public String nominate(Caller secretary, Holder holder, String title, Map<Standard, String> statements) {
        Nomination.requireEveryStandardAnswered(statements);
        Nomination.requireIndividualIsPartyMember(PostKind.INDIVIDUAL, holder.personNo(), holder.partyMember(), true);
        PostDocument post = new PostDocument(secretary.bureau(), PostKind.INDIVIDUAL, title, holder.personNo(),
            holder.name(), holder.unitCode(), holder.unitName(), statements);
        recorder.audit(post, secretary, "post.nominated", "演示数据", "提名" + title);
        return posts.insert(post).getId();
    }
}
