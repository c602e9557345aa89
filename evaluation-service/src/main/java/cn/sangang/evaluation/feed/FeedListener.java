package cn.sangang.evaluation.feed;

import java.time.LocalDate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.Topics;
import cn.sangang.events.evaluation.RewardGranted;
import cn.sangang.events.evaluation.SatisfactionRated;
import cn.sangang.events.pledge.PledgeEvaluated;
import cn.sangang.events.post.PostAssessed;
import cn.sangang.events.zone.ZoneAssessed;
import cn.sangang.platform.messaging.EventHandlers;
import cn.sangang.platform.messaging.InboundEvents;
import cn.sangang.platform.messaging.InboundHandler;

/** Everything the county feed counts, from the events of every service, each applied once and in any order. */
@Component
class FeedListener extends InboundHandler {

    private final FeedService feed;

    FeedListener(InboundEvents inbound, FeedService feed) {
        super(inbound, "evaluation-feed");
        this.feed = feed;
    }

    @KafkaListener(id = "evaluation-feed-posts", topics = Topics.POST)
    void posts(ConsumerRecord<String, String> record) {
        apply(record, EventHandlers
                .on(EventTypes.POST_AWARDED,
                        e -> feed.record(e.bureauId(), Quarter.of(e.payload().awardedOn()).toString(),
                                s -> s.awarded(e.payload().postId())))
                .and(EventTypes.POST_ASSESSED, e -> feed.record(e.bureauId(), e.payload().quarter(),
                        s -> s.assessed(e.payload().postId(), e.payload().result() == PostAssessed.Result.PASS)))
                .and(EventTypes.POST_REVOKED,
                        e -> feed.record(e.bureauId(), e.payload().quarter(), s -> s.revoked(e.payload().postId()))));
    }

    @KafkaListener(id = "evaluation-feed-zones", topics = Topics.ZONE)
    void zones(ConsumerRecord<String, String> record) {
        apply(record, EventTypes.ZONE_ASSESSED, e -> {
            ZoneAssessed z = e.payload();
            feed.record(e.bureauId(), z.quarter(), s -> s.zoneAssessed(z.zoneId(), z.total()));
        });
    }

    @KafkaListener(id = "evaluation-feed-pledges", topics = Topics.PLEDGE)
    void pledges(ConsumerRecord<String, String> record) {
        apply(record,
                EventHandlers
                        .on(EventTypes.PLEDGE_APPROVED,
                                e -> feed.record(e.bureauId(),
                                        Quarter.of(LocalDate.ofInstant(e.occurredAt(), Quarter.BUREAU_TIME)).toString(),
                                        s -> s.pledgeApproved(e.payload().pledgeId())))
                        .and(EventTypes.PLEDGE_EVALUATED, e -> {
                            PledgeEvaluated p = e.payload();
                            feed.record(e.bureauId(), Quarter.of(p.evaluatedOn()).toString(),
                                    s -> p.items().stream()
                                            .map(i -> s.pledgeItem(p.pledgeId() + ":" + i.itemNo(), i.fulfilled()))
                                            .reduce(false, Boolean::logicalOr));
                        }));
    }

    @KafkaListener(id = "evaluation-feed-evaluation", topics = Topics.EVALUATION)
    void evaluation(ConsumerRecord<String, String> record) {
        apply(record, EventHandlers.on(EventTypes.REWARD_GRANTED, e -> {
            RewardGranted r = e.payload();
            feed.record(e.bureauId(), secondQuarter(r.quarters()), s -> s.rewarded(r.rewardId(), r.amountYuan()));
        }).and(EventTypes.REWARD_WITHDRAWN, e -> feed.record(e.bureauId(), secondQuarter(e.payload().quarters()),
                s -> s.rewardWithdrawn(e.payload().rewardId()))).and(EventTypes.SATISFACTION_RATED, e -> {
                    SatisfactionRated r = e.payload();
                    feed.record(e.bureauId(), r.quarter(),
                            s -> s.rated(r.surveyCode(), r.answers(), r.satisfied() + r.basicallySatisfied()));
                }));
    }

    /** A reward counts in the quarter that completed its pair ({@code 2026-Q1/2026-Q2} → 2026-Q2). */
    private static String secondQuarter(String quarters) {
        return quarters.substring(quarters.indexOf('/') + 1);
    }
}
