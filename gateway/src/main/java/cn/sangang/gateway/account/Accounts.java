package cn.sangang.gateway.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import cn.sangang.gateway.account.domain.Lockout;
import cn.sangang.gateway.account.domain.PasswordPolicy;
import cn.sangang.gateway.account.domain.Role;
import cn.sangang.gateway.edge.Problem;

/** Accounts: who may log in, with which roles, and whether they still may. */
@Service
public class Accounts {

    private static final String WRONG_CREDENTIALS = "wrong user name or password";

    private final AccountRepository accounts;
    private final ReactiveMongoTemplate mongo;
    private final PasswordEncoder passwords;
    private final RosterClient roster;
    private final Lockout lockout;
    private final AccountProperties properties;
    private final Clock clock;
    private final String dummyHash;
    private final ConcurrentHashMap<String, CachedStatus> statusCache = new ConcurrentHashMap<>();

    private record CachedStatus(boolean enabled, int tokenVersion, Instant until) {

        boolean accepts(Integer version) {
            return enabled && (version == null || version == tokenVersion);
        }
    }

    Accounts(AccountRepository accounts, ReactiveMongoTemplate mongo, PasswordEncoder passwords, RosterClient roster,
             AccountProperties properties, Clock clock) {
        this.accounts = accounts;
        this.mongo = mongo;
        this.passwords = passwords;
        this.roster = roster;
        this.lockout = new Lockout(properties.maxFailedLogins(), properties.lockFor());
        this.properties = properties;
        this.clock = clock;
        this.dummyHash = passwords.encode("timing-equaliser-0");
    }

    /** The account behind a user name and password; counts failures and locks after too many. */
    public Mono<AccountView> authenticate(String username, String password) {
        return accounts.findByUsername(username)
            .switchIfEmpty(Mono.defer(() -> matches(password, dummyHash)
                .then(Mono.<AccountDocument>error(Problem.unauthorized(WRONG_CREDENTIALS)))))
            .flatMap(account -> {
                Instant now = clock.instant();
                if (lockout.locked(account.lockedUntil(), now)) {
                    return Mono.error(new Problem(HttpStatus.LOCKED, "Account locked",
                        "too many wrong passwords; this account is locked until " + account.lockedUntil(),
                        Math.max(1, account.lockedUntil().getEpochSecond() - now.getEpochSecond())));
                }
                return matches(password, account.passwordHash()).flatMap(right -> {
                    if (!right) {
                        return recordFailure(account, now).then(Mono.error(Problem.unauthorized(WRONG_CREDENTIALS)));
                    }
                    if (!account.enabled()) {
                        return Mono.error(Problem.unauthorized("this account is disabled"));
                    }
                    return clearFailures(account).thenReturn(account.view());
                });
            });
    }

    /**
     * Whether a token of {@code tokenVersion} still speaks for the account (null: any version, for a refresh token,
     * which a password change removes anyway): it is enabled and its password has not changed since. A lockout stops
     * new logins only — a stranger guessing passwords must not end the owner's session. Cached briefly, since every
     * request asks.
     */
    public Mono<Boolean> usable(String accountId, Integer tokenVersion) {
        Instant now = clock.instant();
        CachedStatus cached = statusCache.get(accountId);
        if (cached != null && now.isBefore(cached.until())) {
            return Mono.just(cached.accepts(tokenVersion));
        }
        return accounts.findById(accountId)
            .map(a -> new CachedStatus(a.enabled(), a.tokenVersion(), now.plus(properties.statusCacheFor())))
            .defaultIfEmpty(new CachedStatus(false, -1, now.plus(properties.statusCacheFor())))
            .doOnNext(status -> statusCache.put(accountId, status))
            .map(status -> status.accepts(tokenVersion));
    }

    public Mono<AccountView> view(String accountId) {
        return accounts.findById(accountId).map(AccountDocument::view)
            .switchIfEmpty(Mono.error(Problem.unauthorized("this account no longer exists")));
    }

    public Mono<Void> changePassword(String accountId, String current, String replacement) {
        return accounts.findById(accountId)
            .switchIfEmpty(Mono.error(Problem.unauthorized("this account no longer exists")))
            .flatMap(account -> matches(current, account.passwordHash()).flatMap(right -> {
                if (!right) {
                    return Mono.error(Problem.forbidden("the current password is wrong"));
                }
                // The owner is named as every other actor is, by person number; a county account has none.
                String owner = account.personNo() != null ? account.personNo() : account.username();
                return setPassword(account, replacement, owner, "account.password-changed", null);
            }))
            .then();
    }

    Mono<AccountView> create(Caller caller, String username, String personNo, Set<Role> roles, String password) {
        String bureau = caller.administeredBureau();
        requireBureauRoles(roles);
        PasswordPolicy.problem(password, username).ifPresent(p -> {
            throw Problem.badRequest(p);
        });
        return roster.onRoster(caller, personNo)
            .flatMap(person -> {
                if (roles.contains(Role.MEMBER) && !person.partyMember()) {
                    return Mono.error(new Problem(HttpStatus.UNPROCESSABLE_ENTITY, "Not a party member",
                        personNo + " is not a party member; the role MEMBER is for party members"));
                }
                return accounts.findByBureauIdAndPersonNo(bureau, personNo).hasElements();
            })
            .flatMap(taken -> taken
                ? Mono.error(Problem.conflict(personNo + " already has an account; change that one instead"))
                : hash(password))
            .flatMap(hash -> {
                AccountDocument account = new AccountDocument(username, bureau, personNo, roles, hash);
                account.record(clock.instant(), caller.personNo(), "account.created", "roles " + roles);
                return accounts.insert(account);
            })
            .map(AccountDocument::view);
    }

    /** A COUNTY account: belongs to no bureau; made by configuration, not by a bureau administrator. */
    public Mono<AccountView> createCountyAccount(String username, String password) {
        return hash(password).flatMap(hash -> {
            AccountDocument account = new AccountDocument(username, null, null, Set.of(Role.COUNTY), hash);
            account.record(clock.instant(), "configuration", "account.created", "county office");
            return accounts.insert(account);
        }).map(AccountDocument::view);
    }

    /**
     * A bureau account made from configuration or demo data, without asking the roster: the first administrator
     * of a bureau exists before anyone could ask, and demo rosters are seeded from the same file.
     */
    public Mono<AccountView> seedBureauAccount(String username, String bureau, String personNo, Set<Role> roles,
                                               String password) {
        return hash(password).flatMap(hash -> {
            AccountDocument account = new AccountDocument(username, bureau, personNo, roles, hash);
            account.record(clock.instant(), "configuration", "account.created", "roles " + roles);
            return accounts.insert(account);
        }).map(AccountDocument::view);
    }

    public Mono<Boolean> exists(String username) {
        return accounts.findByUsername(username).hasElement();
    }

    /** Readable by the bureau's leaders and office too: an account's history is part of the bureau's audit trail. */
    Flux<AccountView> list(Caller caller) {
        return accounts.findByBureauIdOrderByUsername(caller.overseenBureau()).map(AccountDocument::view);
    }

    Mono<AccountDocument> read(Caller caller, String id) {
        return find(id, caller.overseenBureau());
    }

    private Mono<AccountDocument> get(Caller caller, String id) {
        return find(id, caller.administeredBureau());
    }

    private Mono<AccountDocument> find(String id, String bureau) {
        return accounts.findByIdAndBureauId(id, bureau)
            .switchIfEmpty(Mono.error(Problem.notFound("no account " + id + " in your bureau")));
    }

    Mono<AccountView> grant(Caller caller, String id, Set<Role> roles, String reason) {
        requireBureauRoles(roles);
        return get(caller, id).flatMap(account -> {
            account.grant(roles);
            account.record(clock.instant(), caller.personNo(), "account.roles-granted", reason + " → " + roles);
            return accounts.save(account);
        }).map(AccountDocument::view);
    }

    Mono<AccountView> enable(Caller caller, String id, boolean enabled, String reason) {
        return get(caller, id).flatMap(account -> {
            if (account.id().equals(caller.accountId()) && !enabled) {
                return Mono.error(Problem.conflict("you cannot disable your own account"));
            }
            account.enabled(enabled);
            account.record(clock.instant(), caller.personNo(), enabled ? "account.enabled" : "account.disabled", reason);
            return accounts.save(account).flatMap(saved -> revokeSessions(saved.id()).thenReturn(saved));
        }).doOnNext(saved -> statusCache.remove(saved.id())).map(AccountDocument::view);
    }

    /** A person left the bureau: every account of theirs stops working at once. Repeating it changes nothing. */
    public Mono<Long> disableLeaver(String bureau, String personNo, String because) {
        return accounts.findByBureauIdAndPersonNo(bureau, personNo)
            .filter(AccountDocument::enabled)
            .concatMap(account -> {
                account.enabled(false);
                account.record(clock.instant(), "roster", "account.disabled", because);
                return accounts.save(account).flatMap(saved -> revokeSessions(saved.id()).thenReturn(saved));
            })
            .doOnNext(saved -> statusCache.remove(saved.id()))
            .count();
    }

    Mono<AccountView> resetPassword(Caller caller, String id, String password, String reason) {
        return get(caller, id).flatMap(account -> setPassword(account, password, caller.personNo(),
            "account.password-reset", reason)).map(AccountDocument::view);
    }

    private Mono<AccountDocument> setPassword(AccountDocument account, String password, String actor, String action,
                                              String reason) {
        PasswordPolicy.problem(password, account.username()).ifPresent(p -> {
            throw Problem.badRequest(p);
        });
        return hash(password).flatMap(hash -> {
            account.password(hash);
            account.record(clock.instant(), actor, action, reason);
            return accounts.save(account);
        }).flatMap(saved -> revokeSessions(saved.id()).thenReturn(saved))
            .doOnNext(saved -> statusCache.remove(saved.id()));
    }

    private Mono<Void> revokeSessions(String accountId) {
        return mongo.remove(Query.query(Criteria.where("accountId").is(accountId)), "refresh_tokens").then();
    }

    private Mono<Void> recordFailure(AccountDocument account, Instant now) {
        Query query = Query.query(Criteria.where("_id").is(account.id()));
        return mongo.findAndModify(query, new Update().inc("failedAttempts", 1),
                FindAndModifyOptions.options().returnNew(true), org.bson.Document.class, "accounts")
            .flatMap(updated -> {
                Instant until = lockout.lockedUntilAfter(updated.getInteger("failedAttempts"), now);
                if (until == null) {
                    return Mono.empty();
                }
                statusCache.remove(account.id());
                return mongo.updateFirst(query, new Update().set("lockedUntil", until).set("failedAttempts", 0)
                    .push("history", new org.bson.Document("at", java.util.Date.from(now)).append("actor", "system")
                        .append("action", "account.locked").append("reason", "too many wrong passwords")), "accounts");
            }).then();
    }

    private Mono<Void> clearFailures(AccountDocument account) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(account.id()).and("failedAttempts").gt(0)),
            new Update().set("failedAttempts", 0), "accounts").then();
    }

    private Mono<Boolean> matches(String raw, String hash) {
        return Mono.fromCallable(() -> passwords.matches(raw, hash)).subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<String> hash(String raw) {
        return Mono.fromCallable(() -> passwords.encode(raw)).subscribeOn(Schedulers.boundedElastic());
    }

    private static void requireBureauRoles(Set<Role> roles) {
        if (!Role.BUREAU_ROLES.containsAll(roles)) {
            throw Problem.forbidden("a bureau administrator grants only " + Role.BUREAU_ROLES);
        }
    }
}
