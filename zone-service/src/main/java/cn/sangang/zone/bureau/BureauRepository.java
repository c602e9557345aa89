package cn.sangang.zone.bureau;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface BureauRepository extends Repository<BureauDocument, String> {

    BureauDocument insert(BureauDocument bureau);

    BureauDocument save(BureauDocument bureau);

    Optional<BureauDocument> findByBureauId(String bureauId);

    List<BureauDocument> findAllByOrderByBureauId();
}
