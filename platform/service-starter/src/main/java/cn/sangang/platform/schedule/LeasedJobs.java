package cn.sangang.platform.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Runs a periodic job on one replica of a deployment, not on each: the replica that holds the job's lease (one
 * document of {@code job_leases}) runs it, and renews the lease every time it does. A lease is kept after the work
 * rather than released, so a replica whose schedule lags by a few seconds does not run the same period again; when
 * its holder stops, the lease expires and the next replica to try takes it over.
 */
public class LeasedJobs {

    static final String COLLECTION = "job_leases";

    private final MongoOperations mongo;
    private final Clock clock;
    private final String owner;

    public LeasedJobs(MongoOperations mongo, Clock clock) {
        this(mongo, clock, UUID.randomUUID().toString());
    }

    LeasedJobs(MongoOperations mongo, Clock clock, String owner) {
        this.mongo = mongo;
        this.clock = clock;
        this.owner = owner;
    }

    /**
     * Runs {@code work} if this replica holds, or can take, the lease of {@code job} for {@code lease} from now;
     * otherwise does nothing. Choose a lease longer than the work takes and longer than the job's period, so the
     * holder renews it before it lapses.
     *
     * @return whether the work ran here
     */
    public boolean runExclusively(String job, Duration lease, Runnable work) {
        if (!acquire(job, lease)) {
            return false;
        }
        work.run();
        return true;
    }

    /**
     * One conditional upsert: it takes the lease when it is ours or has expired, and inserts it when there is none.
     * When another replica holds it, the filter matches nothing and the insert of the same id fails: not ours.
     */
    boolean acquire(String job, Duration lease) {
        Instant now = clock.instant();
        Query freeOrOurs = Query.query(Criteria.where("_id").is(job).orOperator(Criteria.where("owner").is(owner),
                Criteria.where("expiresAt").lte(now)));
        try {
            mongo.upsert(freeOrOurs, new Update().set("owner", owner).set("expiresAt", now.plus(lease)), COLLECTION);
            return true;
        } catch (DuplicateKeyException heldElsewhere) {
            return false;
        }
    }

    String owner() {
        return owner;
    }
}
