package cn.sangang.pledge.print;

import java.time.LocalDate;
import java.util.List;

/**
 * What a pledge letter says: 《党员公开承诺书》 or 《党组织公开承诺书》, who pledges, the approved items, and when the
 * leadership approved them. {@code publicCode} is set once the pledge is on the public board.
 */
public record Letter(String title, String pledgerLabel, String pledger, String campaignTitle, String opening,
        List<Item> items, LocalDate approvedOn, String publicCode) {

    public record Item(int no, String content, String responsibleName, LocalDate deadline, String expectedEffect) {
    }

    /** The copies the source text asks for, each marked on every page. */
    public enum Copy {
        ARCHIVE("第一联 局存档"), HOLDER("第二联 支部及承诺人留存"), BOARD("第三联 公示栏张贴");

        private final String mark;

        Copy(String mark) {
            this.mark = mark;
        }

        public String mark() {
            return mark;
        }
    }

    public Letter {
        items = List.copyOf(items);
    }
}
