package cn.sangang.zone.roster;

import java.util.List;

import cn.sangang.platform.spreadsheet.Column;

/**
 * The roster as a sheet: what the export writes and the import reads back, so an exported roster re-imports
 * unchanged. 状态 and 积极分子联系人 are written for reading only: leaving and activists have their own steps.
 */
final class RosterWorkbook {

    static final String SHEET = "人员名册";
    static final String PERSON_NO = "工号";
    static final String NAME = "姓名";
    static final String UNIT = "所属单位";
    static final String PARTY_MEMBER = "党员";
    static final String POSITION = "职务";
    static final String PHONE = "联系电话";
    static final String STATUS = "状态";
    static final String MENTOR = "积极分子联系人";

    /** The columns the import reads; each must be in the header row. */
    static final List<String> IMPORTED = List.of(PERSON_NO, NAME, UNIT, PARTY_MEMBER, POSITION, PHONE);

    static final String TEMPLATE_TITLE = "人员名册导入模板：第1行为说明，第2行为表头，从第3行起每行一人。"
            + "必填：工号、姓名、所属单位（本局单位的名称）、党员（是/否）；职务、联系电话可不填。"
            + "工号已在名册中的按本行更新，其余新增。“状态”“积极分子联系人”两列导入时不读取：离开本局、入党积极分子请在名册页面办理。";

    /** A person as a row, with their unit's name. */
    record Line(PersonDocument person, String unitName) {
    }

    static final List<Column<Line>> COLUMNS = List.of(Column.of(PERSON_NO, 12, line -> line.person().personNo()),
            Column.of(NAME, 10, line -> line.person().name()), Column.of(UNIT, 18, Line::unitName),
            Column.of(PARTY_MEMBER, 6, line -> line.person().partyMember()),
            Column.of(POSITION, 14, line -> line.person().position()),
            Column.of(PHONE, 15, line -> line.person().phone()),
            Column.of(STATUS, 8, line -> line.person().active() ? "在册" : "已离开"), Column.of(MENTOR, 14,
                    line -> line.person().activist() == null ? null : line.person().activist().mentorPersonNo()));

    private RosterWorkbook() {
    }
}
