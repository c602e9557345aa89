package cn.sangang.zone.worklog;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface WorkLogRepository extends MongoRepository<WorkLogDocument, String> {

    List<WorkLogDocument> findByBureauIdAndZoneIdOrderByDateDesc(String bureauId, String zoneId, Pageable page);

    List<WorkLogDocument> findByBureauIdAndAuthorPersonNoOrderByDateDesc(String bureauId, String authorPersonNo,
            Pageable page);
}
