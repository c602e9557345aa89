package cn.sangang.zone.assessment;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ZoneAssessmentRepository extends MongoRepository<ZoneAssessmentDocument, String> {

    boolean existsByBureauIdAndZoneIdAndQuarter(String bureauId, String zoneId, String quarter);

    List<ZoneAssessmentDocument> findByBureauIdAndQuarterOrderByZoneName(String bureauId, String quarter);

    List<ZoneAssessmentDocument> findByBureauIdOrderByQuarterDescZoneNameAsc(String bureauId);

    Stream<ZoneAssessmentDocument> streamByBureauIdAndQuarterOrderByZoneName(String bureauId, String quarter);

    Stream<ZoneAssessmentDocument> streamByBureauIdOrderByQuarterDescZoneNameAsc(String bureauId);
}
