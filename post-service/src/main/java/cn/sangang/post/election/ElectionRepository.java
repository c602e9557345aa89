package cn.sangang.post.election;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ElectionRepository extends MongoRepository<ElectionDocument, String> {

    Optional<ElectionDocument> findByBureauIdAndId(String bureauId, String id);

    List<ElectionDocument> findByBureauIdOrderByOpenedAtDesc(String bureauId);

    List<ElectionDocument> findByBureauIdAndStatus(String bureauId, ElectionDocument.Status status);

    List<ElectionDocument> findByStatusAndAppliedFalse(ElectionDocument.Status status);

    List<ElectionDocument> findByStatus(ElectionDocument.Status status);
}
