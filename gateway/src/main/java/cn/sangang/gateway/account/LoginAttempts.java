package cn.sangang.gateway.account;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import cn.sangang.gateway.account.domain.LoginThrottle;
import cn.sangang.platform.security.Digests;

/**
 * The counts behind {@link LoginThrottle}, in MongoDB so that every gateway replica sees the same: one document
 * per (user name, client address, address window) and one per (user name, ceiling window). They are keyed by
 * hashes, so the store holds neither the names people mistyped nor their addresses in clear, and carry an expiry
 * for the TTL index to tidy them away; a count outside the current window is never read, deleted or not.
 */
@Component
class LoginAttempts {

    /** What the throttle needs to know before an attempt. */
    record Standing(int addressFailures, Instant lastFailure, int userFailures) {
    }

    @Document("login_failures")
    record FailureCount(@Id String id, @Indexed String user, int failures, Instant lastFailure,
            @Indexed(expireAfter = "0s") Instant expiresAt) {
    }

    private static final FailureCount NONE = new FailureCount(null, null, 0, null, null);

    private final ReactiveMongoTemplate mongo;
    private final LoginThrottle throttle;

    LoginAttempts(ReactiveMongoTemplate mongo, AccountProperties properties) {
        this.mongo = mongo;
        this.throttle = properties.throttle();
    }

    Mono<Standing> standing(String username, String client, Instant now) {
        Mono<FailureCount> address = mongo.findById(addressId(username, client, now), FailureCount.class);
        Mono<FailureCount> user = mongo.findById(userId(username, now), FailureCount.class);
        return Mono.zip(address.defaultIfEmpty(NONE), user.defaultIfEmpty(NONE)).map(
                both -> new Standing(both.getT1().failures(), both.getT1().lastFailure(), both.getT2().failures()));
    }

    /** Counts a wrong password; answers the user name's failures in this ceiling window, this one included. */
    Mono<Integer> fail(String username, String client, Instant now) {
        Instant addressEnds = throttle.addressWindowStart(now).plus(throttle.addressWindow());
        Instant userEnds = throttle.ceilingWindowStart(now).plus(throttle.ceilingWindow());
        return count(addressId(username, client, now), username, now, addressEnds)
                .then(count(userId(username, now), username, now, userEnds));
    }

    /** A right password: this address starts again; the user name's ceiling count stays. */
    Mono<Void> clear(String username, String client, Instant now) {
        return mongo.remove(Query.query(Criteria.where("_id").is(addressId(username, client, now))), FailureCount.class)
                .then();
    }

    /** An administrator set a new password: every count of the user name goes. */
    Mono<Void> forget(String username) {
        return mongo.remove(Query.query(Criteria.where("user").is(Digests.sha256Hex(username))), FailureCount.class)
                .then();
    }

    /** How an account remembers an address it logged in from, without keeping the address. */
    static String addressHash(String username, String client) {
        return Digests.sha256Hex(username + "\n" + client);
    }

    private Mono<Integer> count(String id, String username, Instant now, Instant expiresAt) {
        return mongo
                .findAndModify(Query.query(Criteria.where("_id").is(id)),
                        new Update().inc("failures", 1).max("lastFailure", now)
                                .setOnInsert("user", Digests.sha256Hex(username)).setOnInsert("expiresAt", expiresAt),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), FailureCount.class)
                .map(FailureCount::failures);
    }

    private String addressId(String username, String client, Instant now) {
        return "a:" + addressHash(username, client) + ":" + throttle.addressWindowStart(now).getEpochSecond();
    }

    private String userId(String username, Instant now) {
        return "u:" + Digests.sha256Hex(username) + ":" + throttle.ceilingWindowStart(now).getEpochSecond();
    }
}
