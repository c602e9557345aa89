package cn.sangang.bench;

import java.util.Map;

/**
 * Staff at work while the public answers a survey: the public answers alone, the staff alone, then both at once,
 * each through the gateway — what the staff feel of a surge of answers, and what the answers lose to the staff. Both
 * warm up first (a fifth of their measured share), so that the first calls' compilation is not a latency.
 */
final class MixedWorkload {

    record Result(SurveyAnswers.Leg answersAlone, Map<String, ClosedLoop.Result> staffAlone,
            SurveyAnswers.Leg answersWithStaff, Map<String, ClosedLoop.Result> staffWithAnswers) {
    }

    private final SurveyAnswers answers;
    private final StaffWork staff;

    MixedWorkload(LocalSystem system) {
        this.answers = new SurveyAnswers(system);
        this.staff = new StaffWork(system);
    }

    Result run(int answersPerLeg, int answerWorkers, int staffWorkers, long thinkMillis, long staffSeconds)
            throws InterruptedException {
        answers.leg(LocalSystem.GATEWAY, Math.max(answersPerLeg / 5, 100), answerWorkers);
        SurveyAnswers.Leg answersAlone = answers.leg(LocalSystem.GATEWAY, answersPerLeg, answerWorkers);

        StaffLoad warmUp = new StaffLoad(staff.readsAndWrites(), staffWorkers, thinkMillis).start();
        Thread.sleep(Math.max(staffSeconds / 5, 5) * 1000);
        warmUp.stop();
        StaffLoad alone = new StaffLoad(staff.readsAndWrites(), staffWorkers, thinkMillis).start();
        Thread.sleep(staffSeconds * 1000);
        Map<String, ClosedLoop.Result> staffAlone = alone.stop();

        SurveyAnswers.Prepared prepared = answers.prepare(LocalSystem.GATEWAY, answersPerLeg, answerWorkers);
        StaffLoad mixed = new StaffLoad(staff.readsAndWrites(), staffWorkers, thinkMillis).start();
        SurveyAnswers.Leg answersWithStaff = answers.answer(prepared, answerWorkers);
        return new Result(answersAlone, staffAlone, answersWithStaff, mixed.stop());
    }
}
