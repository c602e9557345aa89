package cn.sangang.evaluation.ranking;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.sangang.evaluation.ranking.domain.CommendationRule.UnitScore;
import cn.sangang.evaluation.zone.ZoneNames;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.platform.spreadsheet.Column;
import cn.sangang.platform.spreadsheet.XlsxDownloads;

/** The commendation ranking of the caller's bureau's units for a year (rule: {@code CommendationRule}, docs/api.md). */
@RestController
@RequestMapping("/api/evaluation/rankings")
class RankingController {

    private static final Role[] READERS = {Role.LEADER, Role.OFFICE, Role.SECRETARY};

    private final RankingFacts facts;
    private final ZoneNames zone;

    RankingController(RankingFacts facts, ZoneNames zone) {
        this.facts = facts;
        this.zone = zone;
    }

    @GetMapping("/{year}")
    List<UnitScore> ranking(Caller caller, @PathVariable @Min(2000) @Max(2100) int year) {
        return facts.ranking(caller.bureauAs(READERS), year);
    }

    /** The ranking as a sheet, computed before it is sent: a bureau has a few dozen units at most. */
    @GetMapping("/{year}.xlsx")
    ResponseEntity<StreamingResponseBody> rankingSheet(Caller caller, @PathVariable @Min(2000) @Max(2100) int year) {
        String bureau = caller.bureauAs(READERS);
        List<UnitScore> ranking = facts.ranking(bureau, year);
        return XlsxDownloads.attachment(year + "年度评选表彰单位排名.xlsx", "表彰排名", zone.bureau(bureau) + year + "年度党员三岗评选表彰单位排名",
                columns(zone.units()), ranking::iterator);
    }

    /** The units named as zone-service names them, by code while it cannot. */
    static List<Column<UnitScore>> columns(ZoneNames.Names units) {
        return List.of(Column.of("名次", 6, UnitScore::rank), Column.of("单位", 16, s -> units.of(s.unitCode())),
                Column.of("示范岗得分", 12, UnitScore::postPoints), Column.of("责任区得分", 12, UnitScore::zonePoints),
                Column.of("承诺践诺得分", 14, UnitScore::pledgePoints), Column.of("总分", 10, UnitScore::total));
    }
}
