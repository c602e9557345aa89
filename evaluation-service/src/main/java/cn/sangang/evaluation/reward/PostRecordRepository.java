package cn.sangang.evaluation.reward;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.Query;
import org.springframework.data.repository.Repository;

interface PostRecordRepository extends Repository<PostRecordDocument, String> {

    PostRecordDocument save(PostRecordDocument record);

    Optional<PostRecordDocument> findByBureauIdAndPostId(String bureauId, String postId);

    @Query(value = "{ 'bureauId': ?0, 'rewards.0': { $exists: true } }", sort = "{ 'postId': 1 }")
    List<PostRecordDocument> findWithRewards(String bureauId);

    /** The records of the individual posts a person holds (or held) that earned rewards. */
    @Query(value = "{ 'bureauId': ?0, 'holderPersonNo': ?1, 'rewards.0': { $exists: true } }", sort = "{ 'postId': 1 }")
    List<PostRecordDocument> findWithRewardsHeldBy(String bureauId, String holderPersonNo);
}
