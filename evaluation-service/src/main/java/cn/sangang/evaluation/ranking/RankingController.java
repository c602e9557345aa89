package cn.sangang.evaluation.ranking;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.evaluation.ranking.domain.CommendationRule.UnitScore;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** The commendation ranking of the caller's bureau's units for a year (rule: {@code CommendationRule}, README). */
@RestController
@RequestMapping("/api/evaluation/rankings")
class RankingController {

    private final RankingFacts facts;

    RankingController(RankingFacts facts) {
        this.facts = facts;
    }

    @GetMapping("/{year}")
    List<UnitScore> ranking(Caller caller, @PathVariable @Min(2000) @Max(2100) int year) {
        return facts.ranking(caller.bureauAs(Role.LEADER, Role.OFFICE, Role.SECRETARY), year);
    }
}
