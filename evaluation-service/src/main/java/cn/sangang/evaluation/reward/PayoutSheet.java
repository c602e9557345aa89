package cn.sangang.evaluation.reward;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import cn.sangang.evaluation.reward.domain.RewardBook.Status;
import cn.sangang.evaluation.zone.ZoneNames;
import cn.sangang.events.Quarter;
import cn.sangang.events.post.PostKind;
import cn.sangang.platform.reminder.ChineseDates;
import cn.sangang.platform.spreadsheet.Column;

/**
 * 奖励发放表 as a workbook: one line per reward, an empty 签字 cell for the recipient to sign when the money is
 * handed over, and a last line with the total — the same sheet the office prints, to be kept with the accounts.
 */
final class PayoutSheet {

    /** {@code no} is the line's number, or 合计 on the total line. */
    record Line(String no, String name, String unit, String reason, long amountYuan) {
    }

    static final List<Column<Line>> COLUMNS = List.of(Column.of("序号", 6, Line::no), Column.of("姓名", 12, Line::name),
            Column.of("单位", 16, Line::unit), Column.of("示范岗/事由", 48, Line::reason),
            Column.of("金额（元）", 12, Line::amountYuan), Column.of("签字", 16, line -> null));

    private PayoutSheet() {
    }

    static String title(String bureauName, Status status, String quarters) {
        String which = status == null ? "全部" : switch (status) {
            case GRANTED -> "待发放";
            case PAID -> "已发放";
            case WITHDRAWN -> "已撤回";
        };
        return bureauName + "党员示范岗奖励发放表（" + which + (quarters == null ? "" : " · 考核合格季度：" + pair(quarters)) + "）";
    }

    /** The lines of {@code rewards} in order, then their total. */
    static Iterator<Line> lines(List<RewardLine> rewards, PayoutNames.Names names, ZoneNames.Names units) {
        List<Line> lines = new ArrayList<>(rewards.size() + 1);
        long total = 0;
        for (RewardLine r : rewards) {
            lines.add(new Line(String.valueOf(lines.size() + 1), names.person(r.holderPersonNo()),
                    units.of(r.unitCode()), reason(r, names), r.amountYuan()));
            total += r.amountYuan();
        }
        lines.add(new Line("合计", null, null, rewards.size() + " 项", total));
        return lines.iterator();
    }

    /** One reward with the post it was earned by. */
    record RewardLine(String postId, PostKind kind, String holderPersonNo, String unitCode, String quarters,
            int amountYuan) {
    }

    private static String reason(RewardLine r, PayoutNames.Names names) {
        String post = names.posts().getOrDefault(r.postId(), r.kind() == PostKind.COLLECTIVE ? "集体党员示范岗" : "个人党员示范岗");
        return post + "：" + pair(r.quarters()) + "连续两个季度考核合格";
    }

    private static String pair(String quarters) {
        String[] pair = quarters.split("/");
        return label(pair[0]) + "、" + label(pair[1]);
    }

    static String label(String quarter) {
        return ChineseDates.quarter(Quarter.parse(quarter));
    }
}
