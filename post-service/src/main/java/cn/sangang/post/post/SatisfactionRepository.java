package cn.sangang.post.post;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SatisfactionRepository extends Repository<SatisfactionDocument, String> {

    List<SatisfactionDocument> findByBureauIdAndTargetId(String bureauId, String postId);

    List<SatisfactionDocument> findByBureauId(String bureauId);
}
