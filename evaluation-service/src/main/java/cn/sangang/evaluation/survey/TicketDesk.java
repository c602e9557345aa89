package cn.sangang.evaluation.survey;

import org.springframework.stereotype.Component;

/**
 * Hands out survey tickets to the public: each costs a solved challenge of the survey, used once, and counts against
 * the day's quota of the network it is asked from. A refused request leaves nothing behind: a challenge spent on a
 * ticket the quota then refuses is given back.
 */
@Component
class TicketDesk {

    private final Challenges challenges;
    private final BallotQuota quota;
    private final Tickets tickets;

    TicketDesk(Challenges challenges, BallotQuota quota, Tickets tickets) {
        this.challenges = challenges;
        this.quota = quota;
        this.tickets = tickets;
    }

    String issue(SurveyDocument survey, String deviceId, String challenge, String nonce, String source) {
        Challenges.Solved solved = challenges.check(survey.code(), challenge, nonce);
        challenges.use(survey, solved);
        try {
            quota.take(survey, source);
        } catch (BallotQuota.Reached reached) {
            challenges.giveBack(solved);
            throw reached;
        }
        return tickets.issue(survey.code(), deviceId);
    }
}
