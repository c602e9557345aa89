package cn.sangang.evaluation.feed;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface FeedSummaryRepository extends Repository<FeedSummaryDocument, String> {

    FeedSummaryDocument save(FeedSummaryDocument summary);

    Optional<FeedSummaryDocument> findByBureauIdAndQuarter(String bureauId, String quarter);

    List<FeedSummaryDocument> findByQuarterOrderByBureauId(String quarter);
}
