package cn.sangang.pledge.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sangang.platform.problem.DomainException;

class CampaignTermsTest {

    @Test
    void a_campaign_runs_under_its_years_title_and_may_31_unless_the_bureau_names_others() {
        assertThat(CampaignTerms.title(2031, null)).isEqualTo("2031年度党员承诺践诺活动");
        assertThat(CampaignTerms.title(2031, " 承诺践诺 ")).isEqualTo("承诺践诺");
        assertThat(CampaignTerms.publicityDeadline(2031, null)).isEqualTo(LocalDate.of(2031, 5, 31));
        assertThat(CampaignTerms.publicityDeadline(2031, LocalDate.of(2031, 6, 15)))
                .isEqualTo(LocalDate.of(2031, 6, 15));
    }

    @Test
    void refuses_a_publicity_deadline_outside_the_campaigns_year() {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> CampaignTerms.publicityDeadline(2031, LocalDate.of(2032, 1, 1)));

        assertThat(refused.code()).isEqualTo("campaign.deadline-outside-year");
        assertThat(refused.args()).containsEntry("year", 2031).containsEntry("deadline", "2032-01-01");
    }
}
