package cn.sangang.evaluation.feed;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.sangang.evaluation.feed.FeedApi.BureauSummary;
import cn.sangang.evaluation.zone.ZoneNames;
import cn.sangang.events.Quarter;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.platform.spreadsheet.Column;
import cn.sangang.platform.spreadsheet.XlsxDownloads;

/**
 * The county office's feed over HTTP: one summary per bureau for a quarter, across all bureaus — the same
 * aggregates as the {@code evaluation-feed} topic, never a bureau's detail.
 */
@RestController
@RequestMapping("/api/evaluation/county")
class CountyFeedController {

    private final FeedService feed;
    private final ZoneNames zone;

    CountyFeedController(FeedService feed, ZoneNames zone) {
        this.feed = feed;
        this.zone = zone;
    }

    @GetMapping("/feed")
    List<BureauSummary> feed(Caller caller, @RequestParam @Pattern(regexp = "2\\d{3}-Q[1-4]") String quarter) {
        caller.require(Role.COUNTY);
        return feed.ofQuarter(quarter);
    }

    /** The same summaries as a sheet for the county office's files: one line per bureau, counts only. */
    @GetMapping("/feed.xlsx")
    ResponseEntity<StreamingResponseBody> feedSheet(Caller caller,
            @RequestParam @Pattern(regexp = "2\\d{3}-Q[1-4]") String quarter) {
        List<BureauSummary> summaries = feed(caller, quarter);
        String label = ChineseDates.quarter(Quarter.parse(quarter));
        return XlsxDownloads.attachment("党员三岗各局汇总-" + quarter + ".xlsx", "各局汇总", label + "党员三岗各局汇总",
                columns(zone.bureaus()), summaries::iterator);
    }

    /** The bureaus named as zone-service names them, by id while it cannot. */
    static List<Column<BureauSummary>> columns(ZoneNames.Names bureaus) {
        return List.of(Column.of("局", 16, s -> bureaus.of(s.bureauId())),
                Column.of("季度", 10, s -> s.summary().quarter()),
                Column.of("授牌示范岗", 12, s -> s.summary().postsAwarded()),
                Column.of("考核合格", 10, s -> s.summary().postAssessmentsPassed()),
                Column.of("考核不合格", 12, s -> s.summary().postAssessmentsFailed()),
                Column.of("撤销示范岗", 12, s -> s.summary().postsRevoked()),
                Column.of("责任区考核", 12, s -> s.summary().zoneAssessments()),
                Column.of("责任区平均分", 14, s -> s.summary().zoneAverageScore()),
                Column.of("测评答卷", 10, s -> s.summary().surveyAnswers()),
                Column.of("满意率（%）", 12, s -> s.summary().satisfactionRatePercent()),
                Column.of("通过承诺", 10, s -> s.summary().pledgesApproved()),
                Column.of("评议承诺事项", 14, s -> s.summary().pledgeItemsEvaluated()),
                Column.of("践诺事项", 10, s -> s.summary().pledgeItemsFulfilled()),
                Column.of("奖励项数", 10, s -> s.summary().rewardsGranted()),
                Column.of("奖励金额（元）", 14, s -> s.summary().rewardYuanGranted()));
    }
}
