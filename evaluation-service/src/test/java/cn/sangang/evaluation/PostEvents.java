package cn.sangang.evaluation;

import java.time.Instant;

import org.bson.types.ObjectId;

import cn.sangang.events.EventCodec;
import cn.sangang.events.EventEnvelope;
import cn.sangang.events.EventTypes;
import cn.sangang.events.Topics;
import cn.sangang.events.post.PostAssessed;
import cn.sangang.events.post.PostKind;
import cn.sangang.events.post.PostRevoked;
import cn.sangang.testkit.EventCapture;

/** post-service's events about one post of a bureau, as they would reach evaluation-service. */
public final class PostEvents {

    private static final EventCodec CODEC = new EventCodec();

    public final String bureau;
    public final String postId = new ObjectId().toHexString();

    public PostEvents(String bureau) {
        this.bureau = bureau;
    }

    public String assessed(String quarter, boolean pass) {
        return CODEC.encode(EventEnvelope.of(EventTypes.POST_ASSESSED, bureau, Instant.now(),
                new PostAssessed(postId, PostKind.INDIVIDUAL, "M1", "linzheng", quarter,
                        pass ? PostAssessed.Result.PASS : PostAssessed.Result.FAIL,
                        pass ? PostAssessed.Remedy.NONE : PostAssessed.Remedy.RECTIFY, "L1")));
    }

    public String revoked(String quarter) {
        return CODEC.encode(EventEnvelope.of(EventTypes.POST_REVOKED, bureau, Instant.now(),
                new PostRevoked(postId, PostKind.INDIVIDUAL, "M1", "linzheng", PostRevoked.Cause.VETO_VIOLATION,
                        Instant.now(), quarter, "L1")));
    }

    public void deliver(String... events) {
        for (String event : events) {
            EventCapture.send(Topics.POST, postId, event);
        }
    }
}
