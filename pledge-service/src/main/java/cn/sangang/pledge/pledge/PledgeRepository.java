package cn.sangang.pledge.pledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.pledge.pledge.domain.ItemStatus;
import cn.sangang.pledge.pledge.domain.PledgeStatus;

interface PledgeRepository extends Repository<PledgeDocument, String> {

    PledgeDocument insert(PledgeDocument pledge);

    PledgeDocument save(PledgeDocument pledge);

    Optional<PledgeDocument> findByBureauIdAndId(String bureauId, String id);

    List<PledgeDocument> findByBureauIdAndCampaignYearOrderById(String bureauId, int campaignYear);

    List<PledgeDocument> findByBureauIdAndCampaignYearAndStatusInOrderById(String bureauId, int campaignYear,
            Collection<PledgeStatus> statuses);

    List<PledgeDocument> findByBureauIdAndStatusInOrderById(String bureauId, Collection<PledgeStatus> statuses);

    /** The pledges with an item in {@code itemStatus}, without reading every evaluated pledge of past years. */
    List<PledgeDocument> findByBureauIdAndItemsStatusOrderById(String bureauId, ItemStatus itemStatus);

    Optional<PledgeDocument> findByPublicationPublicCode(String publicCode);

    /** Who filed, without loading the pledges themselves. */
    record Proposer(String proposerPersonNo) {
    }

    List<Proposer> findByBureauIdAndCampaignYearAndKind(String bureauId, int campaignYear, PledgeKind kind);
}
