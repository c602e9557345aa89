package cn.sangang.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.sangang.events.evaluation.BureauQuarterSummary;
import cn.sangang.events.evaluation.RewardGranted;
import cn.sangang.events.evaluation.RewardWithdrawn;
import cn.sangang.events.evaluation.SatisfactionRated;
import cn.sangang.events.pledge.PledgeApproved;
import cn.sangang.events.pledge.PledgeEvaluated;
import cn.sangang.events.pledge.PledgePublicized;
import cn.sangang.events.post.PostAssessed;
import cn.sangang.events.post.PostAwarded;
import cn.sangang.events.post.PostRevoked;
import cn.sangang.events.reminder.ReminderDue;
import cn.sangang.events.roster.MemberChanged;
import cn.sangang.events.zone.ZoneAssessed;
import cn.sangang.events.zone.ZoneDissolved;
import cn.sangang.events.zone.ZoneDrawn;

/** The catalogue of every event the system publishes. */
public final class EventTypes {

    public static final EventType<MemberChanged> MEMBER_CHANGED = new EventType<>("member-changed", 1, Topics.ROSTER,
            MemberChanged.class);
    public static final EventType<ZoneAssessed> ZONE_ASSESSED = new EventType<>("zone-assessed", 1, Topics.ZONE,
            ZoneAssessed.class);
    public static final EventType<ZoneDrawn> ZONE_DRAWN = new EventType<>("zone-drawn", 1, Topics.ZONE,
            ZoneDrawn.class);
    public static final EventType<ZoneDissolved> ZONE_DISSOLVED = new EventType<>("zone-dissolved", 1, Topics.ZONE,
            ZoneDissolved.class);

    public static final EventType<PostAwarded> POST_AWARDED = new EventType<>("post-awarded", 1, Topics.POST,
            PostAwarded.class);
    public static final EventType<PostAssessed> POST_ASSESSED = new EventType<>("post-assessed", 1, Topics.POST,
            PostAssessed.class);
    public static final EventType<PostRevoked> POST_REVOKED = new EventType<>("post-revoked", 1, Topics.POST,
            PostRevoked.class);

    public static final EventType<PledgeApproved> PLEDGE_APPROVED = new EventType<>("pledge-approved", 1, Topics.PLEDGE,
            PledgeApproved.class);
    public static final EventType<PledgePublicized> PLEDGE_PUBLICIZED = new EventType<>("pledge-publicized", 1,
            Topics.PLEDGE, PledgePublicized.class);
    public static final EventType<PledgeEvaluated> PLEDGE_EVALUATED = new EventType<>("pledge-evaluated", 1,
            Topics.PLEDGE, PledgeEvaluated.class);

    public static final EventType<RewardGranted> REWARD_GRANTED = new EventType<>("reward-granted", 1,
            Topics.EVALUATION, RewardGranted.class);

    public static final EventType<RewardWithdrawn> REWARD_WITHDRAWN = new EventType<>("reward-withdrawn", 1,
            Topics.EVALUATION, RewardWithdrawn.class);
    public static final EventType<SatisfactionRated> SATISFACTION_RATED = new EventType<>("satisfaction-rated", 1,
            Topics.EVALUATION, SatisfactionRated.class);
    public static final EventType<BureauQuarterSummary> BUREAU_QUARTER_SUMMARY = new EventType<>(
            "bureau-quarter-summary", 2, Topics.EVALUATION_FEED, BureauQuarterSummary.class);

    /** Reminders travel on the topic of the service that owns what they are about (one publisher per topic). */
    public static final EventType<ReminderDue> ZONE_REMINDER_DUE = new EventType<>("zone-reminder-due", 1, Topics.ZONE,
            ReminderDue.class);

    public static final EventType<ReminderDue> POST_REMINDER_DUE = new EventType<>("post-reminder-due", 1, Topics.POST,
            ReminderDue.class);
    public static final EventType<ReminderDue> PLEDGE_REMINDER_DUE = new EventType<>("pledge-reminder-due", 1,
            Topics.PLEDGE, ReminderDue.class);

    public static final List<EventType<?>> ALL = List.of(MEMBER_CHANGED, ZONE_ASSESSED, ZONE_DRAWN, ZONE_DISSOLVED,
            POST_AWARDED, POST_ASSESSED, POST_REVOKED, PLEDGE_APPROVED, PLEDGE_PUBLICIZED, PLEDGE_EVALUATED,
            REWARD_GRANTED, REWARD_WITHDRAWN, SATISFACTION_RATED, BUREAU_QUARTER_SUMMARY, ZONE_REMINDER_DUE,
            POST_REMINDER_DUE, PLEDGE_REMINDER_DUE);

    private static final Map<String, EventType<?>> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
