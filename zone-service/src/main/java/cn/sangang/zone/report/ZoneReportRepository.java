package cn.sangang.zone.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

import cn.sangang.zone.report.domain.ReportStatus;

interface ZoneReportRepository extends MongoRepository<ZoneReportDocument, String> {

    Optional<ZoneReportDocument> findByBureauIdAndId(String bureauId, String id);

    List<ZoneReportDocument> findByBureauIdOrderBySubmittedAtDesc(String bureauId);

    List<ZoneReportDocument> findByBureauIdAndStatusOrderBySubmittedAtDesc(String bureauId, ReportStatus status);

    List<ZoneReportDocument> findByBureauIdAndAuthorPersonNoOrderBySubmittedAtDesc(String bureauId, String author);

    List<ZoneReportDocument> findByStatus(ReportStatus status);
}
