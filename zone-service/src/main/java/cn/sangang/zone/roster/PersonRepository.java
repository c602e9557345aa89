package cn.sangang.zone.roster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PersonRepository extends MongoRepository<PersonDocument, String> {

    Optional<PersonDocument> findByBureauIdAndPersonNo(String bureauId, String personNo);

    List<PersonDocument> findByBureauIdOrderByPersonNo(String bureauId);

    /** The same, from a cursor: for exports of any length; the caller closes it. */
    Stream<PersonDocument> streamByBureauIdOrderByPersonNo(String bureauId);

    List<PersonDocument> findByBureauIdAndPersonNoIn(String bureauId, Collection<String> personNos);

    List<PersonDocument> findByBureauIdAndUnitCodeAndActiveTrueOrderByPersonNo(String bureauId, String unitCode);

    List<PersonDocument> findByBureauIdAndActivistIsNotNullOrderByPersonNo(String bureauId);

    List<PersonDocument> findByBureauIdAndPartyMemberTrueAndActiveTrueOrderByPersonNo(String bureauId);
}
