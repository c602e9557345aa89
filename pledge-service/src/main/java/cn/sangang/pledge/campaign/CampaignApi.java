package cn.sangang.pledge.campaign;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The request bodies of the campaign API; a campaign is answered as {@link Campaigns.Campaign}. */
final class CampaignApi {

    /** 1–60 characters, not all blank: the title is printed on every letter. */
    private static final String TITLE = "(?s)(?=.*\\S).{1,60}";

    private CampaignApi() {
    }

    /** {@code publicityDeadline} defaults to May 31 of the year; {@code title} to "<year>年度党员承诺践诺活动". */
    record NewCampaign(@NotNull @Min(2000) @Max(2100) Integer year, @Pattern(regexp = TITLE) String title,
            LocalDate publicityDeadline) {
    }

    record CampaignChange(@NotNull @Pattern(regexp = TITLE) String title, @NotNull LocalDate publicityDeadline) {
    }
}
