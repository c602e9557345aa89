package cn.sangang.post.election;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import cn.sangang.platform.security.Caller;

/**
 * Past elections of the demo data: held by the rules of a live one (nominated individual candidates, one ballot per
 * party member, the bureau's winning rule) but opened and closed at given times, so that the posts they establish
 * date from then. The audit entries say when the seeding happened and that it is demo data.
 */
@Component
public class ElectionSeeding {

    private final ElectionService service;
    private final MongoOperations mongo;

    ElectionSeeding(ElectionService service, MongoOperations mongo) {
        this.service = service;
        this.mongo = mongo;
    }

    /** How many elections the demo seeding has held in the bureau so far. */
    public long heldBy(String bureau, String seeder) {
        return mongo.count(Query.query(Criteria.where("bureauId").is(bureau).and("openedBy").is(seeder)),
                ElectionDocument.class);
    }

    /**
     * A closed election of {@code candidatePostIds} for as many seats, in which each of {@code voters} chose every
     * candidate; its result is applied at once (or, should that fail, by the election applier). Returns its id.
     */
    public String closed(Caller secretary, String title, List<String> candidatePostIds, List<String> voters,
            Instant openedAt, Instant closedAt) {
        return service.seedClosed(secretary, title, candidatePostIds, voters, openedAt, closedAt).id();
    }
}
