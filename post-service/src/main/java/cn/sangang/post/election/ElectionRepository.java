package cn.sangang.post.election;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

import cn.sangang.post.election.domain.Election;

interface ElectionRepository extends MongoRepository<ElectionDocument, String> {

    Optional<ElectionDocument> findByBureauIdAndId(String bureauId, String id);

    List<ElectionDocument> findByBureauIdOrderByOpenedAtDesc(String bureauId);

    List<ElectionDocument> findByBureauIdAndStatus(String bureauId, Election.Status status);

    List<ElectionDocument> findByStatusAndAppliedFalse(Election.Status status);

    List<ElectionDocument> findByStatus(Election.Status status);
}
