package cn.sangang.zone.roster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface UnitRepository extends MongoRepository<UnitDocument, String> {

    Optional<UnitDocument> findByBureauIdAndCode(String bureauId, String code);

    Optional<UnitDocument> findByBureauIdAndHeadPersonNo(String bureauId, String headPersonNo);

    List<UnitDocument> findByBureauIdOrderByCode(String bureauId);
}
