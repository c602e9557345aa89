package cn.sangang.pledge.campaign.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

import cn.sangang.platform.problem.RuleViolationException;

/** The title and publicity deadline a bureau's campaign of one year runs under. */
public final class CampaignTerms {

    /** The source text's publicity deadline: every pledge on the board by May 31. */
    private static final MonthDay DEFAULT_DEADLINE = MonthDay.of(5, 31);

    private CampaignTerms() {
    }

    /** The title asked for, without the blanks around it, or "<year>年度党员承诺践诺活动". */
    public static String title(int year, String asked) {
        return asked != null ? asked.strip() : year + "年度党员承诺践诺活动";
    }

    /** The deadline asked for, or May 31; either way within the campaign's year. */
    public static LocalDate publicityDeadline(int year, LocalDate asked) {
        LocalDate deadline = asked != null ? asked : DEFAULT_DEADLINE.atYear(year);
        if (deadline.getYear() != year) {
            throw new RuleViolationException("campaign.deadline-outside-year",
                    Map.of("year", year, "deadline", deadline.toString()));
        }
        return deadline;
    }
}
