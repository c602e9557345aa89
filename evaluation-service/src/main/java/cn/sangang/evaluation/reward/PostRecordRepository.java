package cn.sangang.evaluation.reward;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PostRecordRepository extends Repository<PostRecordDocument, String> {

    PostRecordDocument save(PostRecordDocument record);

    Optional<PostRecordDocument> findByBureauIdAndPostId(String bureauId, String postId);

    List<PostRecordDocument> findByBureauIdAndRewardsNotNullOrderByPostId(String bureauId);
}
