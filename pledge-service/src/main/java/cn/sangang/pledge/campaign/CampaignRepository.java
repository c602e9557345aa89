package cn.sangang.pledge.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CampaignRepository extends Repository<CampaignDocument, String> {

    CampaignDocument insert(CampaignDocument campaign);

    CampaignDocument save(CampaignDocument campaign);

    Optional<CampaignDocument> findByBureauIdAndYear(String bureauId, int year);

    List<CampaignDocument> findByBureauIdOrderByYearDesc(String bureauId);

    /** The bureau of each campaign, without loading the campaigns themselves. */
    record Owner(String bureauId) {
    }

    List<Owner> findAllBy();
}
