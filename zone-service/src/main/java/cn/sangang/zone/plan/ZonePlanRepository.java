package cn.sangang.zone.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ZonePlanRepository extends MongoRepository<ZonePlanDocument, String> {

    Optional<ZonePlanDocument> findByBureauId(String bureauId);

    Optional<ZonePlanDocument> findByZonesPlaqueCode(String plaqueCode);

    List<ZonePlanDocument> findByAnnouncedNot(boolean announced);
}
