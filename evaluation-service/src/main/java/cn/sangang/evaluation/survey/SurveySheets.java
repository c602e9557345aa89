package cn.sangang.evaluation.survey;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import cn.sangang.evaluation.survey.domain.Satisfaction;
import cn.sangang.evaluation.survey.domain.TargetType;
import cn.sangang.events.Quarter;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.spreadsheet.Column;

/**
 * 满意度测评结果 as workbooks: the bureau's surveys with their counts and rates, one line each; and one survey's
 * opinions, one line per answer that has one, under a title holding its counts and rate — what the office files
 * and reads out when it reports on a quarter.
 */
final class SurveySheets {

    record SurveyLine(String code, TargetType targetType, String title, String quarter, boolean open,
            Satisfaction satisfaction) {
    }

    /** {@code no} counts the opinions in the order they were written. */
    record OpinionLine(int no, AnswerDocument answer) {
    }

    static final List<Column<SurveyLine>> SURVEYS = List.of(Column.of("测评编号", 14, SurveyLine::code),
            Column.of("测评对象", 10, s -> target(s.targetType())), Column.of("测评名称", 36, SurveyLine::title),
            Column.of("季度", 16, s -> quarter(s.quarter())), Column.of("状态", 8, s -> s.open() ? "进行中" : "已结束"),
            Column.of("满意", 8, s -> s.satisfaction().satisfied()),
            Column.of("基本满意", 10, s -> s.satisfaction().basicallySatisfied()),
            Column.of("不满意", 8, s -> s.satisfaction().dissatisfied()),
            Column.of("答卷数", 8, s -> s.satisfaction().answers()),
            Column.of("满意率（%）", 12, s -> s.satisfaction().ratePercent()));

    static final List<Column<OpinionLine>> OPINIONS = List.of(Column.of("序号", 8, OpinionLine::no),
            Column.of("提交时间", 18, o -> o.answer().at()), Column.of("评价", 10, o -> o.answer().rating().label()),
            Column.of("意见建议", 80, o -> o.answer().opinion()));

    private SurveySheets() {
    }

    /** The quarter is named once: the quarterly job's titles start with it already. */
    static String opinionsTitle(String bureauName, SurveyDocument survey, Satisfaction s) {
        String quarter = quarter(survey.quarter());
        String title = survey.title().contains(quarter) ? survey.title() : survey.title() + "（" + quarter + "）";
        return bureauName + title + " 测评结果：答卷 " + s.answers() + " 份，满意 " + s.satisfied() + "，基本满意 "
                + s.basicallySatisfied() + "，不满意 " + s.dissatisfied() + "，满意率 "
                + (s.ratePercent() == null ? "暂无" : s.ratePercent() + "%");
    }

    /** Numbers the opinions as they stream past; the stream stays one pass over the cursor. */
    static Stream<OpinionLine> numbered(Stream<AnswerDocument> answers) {
        AtomicInteger no = new AtomicInteger();
        return answers.map(a -> new OpinionLine(no.incrementAndGet(), a));
    }

    private static String target(TargetType type) {
        return switch (type) {
            case POST -> "示范岗";
            case ZONE -> "责任区";
            case PLEDGE -> "承诺";
            case LEADERSHIP -> "领导班子";
        };
    }

    private static String quarter(String quarter) {
        return ChineseDates.quarter(Quarter.parse(quarter));
    }
}
