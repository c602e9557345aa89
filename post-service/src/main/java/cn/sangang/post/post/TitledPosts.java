package cn.sangang.post.post;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.sangang.events.post.PostKind;
import cn.sangang.post.post.domain.Assessment;
import cn.sangang.post.post.domain.Post;
import cn.sangang.post.post.domain.PostStatus;

/**
 * The posts that hold their title (plaque awarded, not revoked) in every bureau, with what the reminders need: the
 * quarters already assessed and the rectifications ordered and not yet closed.
 */
@Component
public class TitledPosts {

    /** A rectification (整改) an assessment of {@code quarter} ordered, due on {@code deadline}, not yet closed. */
    public record OpenRectification(String quarter, LocalDate deadline) {
    }

    public record TitledPost(String bureauId, String postId, PostKind kind, String title, String holderPersonNo,
            LocalDate awardedOn, List<String> assessedQuarters, List<OpenRectification> openRectifications) {
    }

    private final PostRepository posts;
    private final AssessmentSettingsService settings;

    TitledPosts(PostRepository posts, AssessmentSettingsService settings) {
        this.posts = posts;
        this.settings = settings;
    }

    public List<TitledPost> all() {
        return posts.findByStatus(PostStatus.AWARDED).stream().map(PostDocument::toPost).map(TitledPosts::titled)
                .toList();
    }

    /** How many days before a quarter ends this bureau may assess it (0: only once it has ended). */
    public int assessWithinLastDays(String bureau) {
        return settings.of(bureau).assessWithinLastDays();
    }

    private static TitledPost titled(Post post) {
        List<OpenRectification> open = post.assessments().stream().filter(Assessment::openRectification)
                .map(a -> new OpenRectification(a.quarter(), a.deadline())).toList();
        return new TitledPost(post.bureauId(), post.id(), post.kind(), post.title(), post.holderPersonNo(),
                post.plaque() == null ? null : post.plaque().awardedOn(), post.assessedQuarters(), open);
    }
}
