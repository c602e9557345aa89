package cn.sangang.post.post.domain;

import java.util.Collection;

import cn.sangang.events.post.PostKind;
import cn.sangang.platform.problem.ForbiddenException;

/**
 * Separation of duties: nobody establishes, awards, assesses or closes the rectification of a model post they hold,
 * since each of these steps leads to the holder's reward. An individual post is held by its holder; a collective
 * one by everyone now working in its unit.
 */
public final class OwnPost {

    private OwnPost() {
    }

    /** Whether {@code personNo} holds the post; {@code unitPeople} matters only for a collective post. */
    public static boolean heldBy(String personNo, PostKind kind, String holderPersonNo, Collection<String> unitPeople) {
        if (personNo == null) {
            return false;
        }
        return kind == PostKind.INDIVIDUAL ? personNo.equals(holderPersonNo) : unitPeople.contains(personNo);
    }

    public static void requireNotHeldBy(String personNo, PostKind kind, String holderPersonNo,
            Collection<String> unitPeople) {
        if (heldBy(personNo, kind, holderPersonNo, unitPeople)) {
            throw new ForbiddenException("post.own-post");
        }
    }
}
