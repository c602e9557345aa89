package cn.sangang.gateway.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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

import cn.sangang.gateway.account.domain.LoginThrottle;
import cn.sangang.gateway.account.domain.PasswordPolicy;
import cn.sangang.gateway.edge.Problem;
import cn.sangang.platform.security.Role;

/** Accounts: who may log in, with which roles, and whether they still may. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final ReactiveMongoTemplate mongo;
    private final PasswordEncoder passwords;
    private final RosterClient roster;
    private final LoginAttempts attempts;
    private final LoginThrottle throttle;
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
            LoginAttempts attempts, AccountProperties properties, Clock clock) {
        this.accounts = accounts;
        this.mongo = mongo;
        this.passwords = passwords;
        this.roster = roster;
        this.attempts = attempts;
        this.throttle = properties.throttle();
        this.properties = properties;
        this.clock = clock;
        this.dummyHash = passwords.encode("timing-equaliser-0");
    }

    /**
     * The account behind a user name and password, tried from {@code client} (its address key). Wrong passwords
     * slow that address down (see {@link LoginThrottle}); an unknown user name is counted and answered exactly like
     * a known one, so the answers tell nobody which names exist.
     */
    public Mono<AccountView> authenticate(String username, String password, String client) {
        Instant now = clock.instant();
        return accounts.findByUsername(username).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(account -> checked(username, account, password, client, now,
                        () -> Problem.unauthorized("account.wrong-credentials")))
                .flatMap(account -> account.enabled()
                        ? remember(account, client, now).thenReturn(account.view())
                        : Mono.error(Problem.unauthorized("account.disabled")));
    }

    /**
     * Whether a token of {@code tokenVersion} still speaks for the account: it is enabled and neither its password
     * nor its roles have changed since. A hold on logins after wrong passwords stops new logins only — a stranger
     * guessing passwords must not end the owner's session. Cached briefly, since every request asks.
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
                .doOnNext(status -> statusCache.put(accountId, status)).map(status -> status.accepts(tokenVersion));
    }

    public Mono<AccountView> view(String accountId) {
        return accounts.findById(accountId).map(AccountDocument::view)
                .switchIfEmpty(Mono.error(Problem.unauthorized("account.gone")));
    }

    /**
     * The owner's own password change. A wrong current password counts like a wrong login from the same address:
     * whoever holds a stolen access token gets no more guesses here than at the login.
     */
    public Mono<Void> changePassword(String accountId, String current, String replacement, String client) {
        Instant now = clock.instant();
        return accounts.findById(accountId).switchIfEmpty(Mono.error(Problem.unauthorized("account.gone")))
                .flatMap(account -> checked(account.username(), Optional.of(account), current, client, now,
                        () -> Problem.forbidden("account.wrong-current-password")))
                .flatMap(account -> {
                    // The owner is named as every other actor is, by person number; a county account has none.
                    String owner = account.personNo() != null ? account.personNo() : account.username();
                    return setPassword(account, replacement, owner, "account.password-changed", null);
                }).then();
    }

    /**
     * The account, provided {@code password} is its password and {@code client} need not wait; otherwise the
     * failure is counted and answered with {@code wrong}. Unknown names cost a bcrypt comparison too, so they
     * take as long as known ones.
     */
    private Mono<AccountDocument> checked(String username, Optional<AccountDocument> account, String password,
            String client, Instant now, Supplier<Problem> wrong) {
        boolean familiar = account.map(a -> a.familiar(LoginAttempts.addressHash(username, client))).orElse(false);
        return attempts.standing(username, client, now).flatMap(standing -> {
            Duration wait = throttle.waitBefore(standing.addressFailures(), standing.lastFailure(),
                    standing.userFailures(), familiar, now);
            if (wait.isPositive()) {
                return Mono.error(tooManyFailures(wait));
            }
            return matches(password, account.map(AccountDocument::passwordHash).orElse(dummyHash))
                    .flatMap(
                            right -> right && account.isPresent()
                                    ? Mono.just(account.get())
                                    : attempts.fail(username, client, now).flatMap(
                                            userFailures -> account.isPresent() && throttle.reachesCeiling(userFailures)
                                                    ? recordCeiling(account.get(), now)
                                                    : Mono.empty())
                                            .then(Mono.error(wrong)));
        });
    }

    private static Problem tooManyFailures(Duration wait) {
        long seconds = LoginThrottle.seconds(wait);
        return new Problem(HttpStatus.TOO_MANY_REQUESTS, "account.login-held", Map.of("seconds", seconds), seconds);
    }

    /** A right password: this address starts afresh and is remembered as one the owner uses. */
    private Mono<Void> remember(AccountDocument account, String client, Instant now) {
        String address = LoginAttempts.addressHash(account.username(), client);
        Mono<Void> familiar = account
                .familiar(address)
                        ? Mono.empty()
                        : mongo.updateFirst(Query.query(Criteria.where("_id").is(account.id())),
                                new Update().set("recentAddresses",
                                        account.withRecentAddress(address, properties.familiarAddresses())),
                                "accounts").then();
        return attempts.clear(account.username(), client, now).then(familiar);
    }

    /** The account's history says when strangers' wrong passwords started holding back unfamiliar addresses. */
    private Mono<Void> recordCeiling(AccountDocument account, Instant now) {
        return appendHistory(account.id(), now, "account.login-throttled",
                "wrong passwords from many addresses; addresses it has not logged in from wait until the hour ends");
    }

    /**
     * A refresh token was presented again after it had been used: someone holds a copy. Every token the account
     * holds stops working, and its history says so.
     */
    public Mono<Void> refreshTokenReused(String accountId) {
        return mongo
                .updateFirst(Query.query(Criteria.where("_id").is(accountId)),
                        new Update().inc("tokenVersion", 1).inc("version", 1), "accounts")
                .then(revokeSessions(accountId))
                .then(appendHistory(accountId, clock.instant(), "account.refresh-reused",
                        "a used refresh token was presented again; every session of the account ended"))
                .doOnTerminate(() -> statusCache.remove(accountId));
    }

    /** Bumps the version too, so that an administrator's concurrent save fails rather than drop this entry. */
    private Mono<Void> appendHistory(String accountId, Instant at, String action, String reason) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(accountId)),
                new Update().inc("version", 1).push("history", new org.bson.Document("at", Date.from(at))
                        .append("actor", "system").append("action", action).append("reason", reason)),
                "accounts").then();
    }

    Mono<AccountView> create(Caller caller, String username, String personNo, Set<Role> roles, String password) {
        String bureau = caller.administeredBureau();
        requireBureauRoles(roles);
        requireAcceptable(password, username);
        return roster.onRoster(caller, personNo).flatMap(person -> {
            if (roles.contains(Role.MEMBER) && !person.partyMember()) {
                return Mono.error(Problem.unprocessable("account.not-party-member", Map.of("personNo", personNo)));
            }
            return accounts.findByBureauIdAndPersonNo(bureau, personNo).hasElements();
        }).flatMap(taken -> taken
                ? Mono.error(Problem.conflict("account.person-has-account", Map.of("personNo", personNo)))
                : hash(password)).flatMap(hash -> {
                    AccountDocument account = new AccountDocument(username, bureau, personNo, roles, hash);
                    account.record(clock.instant(), caller.personNo(), "account.created", "roles " + roles);
                    return accounts.insert(account);
                }).map(AccountDocument::view);
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
                .switchIfEmpty(Mono.error(Problem.notFound("account.not-found", Map.of("id", id))));
    }

    /**
     * New roles, which end every token the account holds: a token must never carry roles the account no longer
     * has. Nobody changes their own roles (separation of duties); the refused attempt stays in the history.
     */
    Mono<AccountView> grant(Caller caller, String id, Set<Role> roles, String reason) {
        requireBureauRoles(roles);
        return get(caller, id).flatMap(account -> {
            if (account.id().equals(caller.accountId())
                    || (account.personNo() != null && account.personNo().equals(caller.personNo()))) {
                account.record(clock.instant(), caller.personNo(), "account.roles-refused",
                        reason + " → " + roles + " (own account)");
                return accounts.save(account).then(Mono.error(Problem.forbidden("account.own-roles")));
            }
            account.grant(roles);
            account.record(clock.instant(), caller.personNo(), "account.roles-granted", reason + " → " + roles);
            return accounts.save(account).flatMap(saved -> revokeSessions(saved.id()).thenReturn(saved));
        }).doOnNext(saved -> statusCache.remove(saved.id())).map(AccountDocument::view);
    }

    Mono<AccountView> enable(Caller caller, String id, boolean enabled, String reason) {
        return get(caller, id).flatMap(account -> {
            if (account.id().equals(caller.accountId()) && !enabled) {
                return Mono.error(Problem.conflict("account.own-disable", Map.of()));
            }
            account.enabled(enabled);
            account.record(clock.instant(), caller.personNo(), enabled ? "account.enabled" : "account.disabled",
                    reason);
            return accounts.save(account).flatMap(saved -> revokeSessions(saved.id()).thenReturn(saved));
        }).doOnNext(saved -> statusCache.remove(saved.id())).map(AccountDocument::view);
    }

    /** A person left the bureau: every account of theirs stops working at once. Repeating it changes nothing. */
    public Mono<Long> disableLeaver(String bureau, String personNo, String because) {
        return accounts.findByBureauIdAndPersonNo(bureau, personNo).filter(AccountDocument::enabled)
                .concatMap(account -> {
                    account.enabled(false);
                    account.record(clock.instant(), "roster", "account.disabled", because);
                    return accounts.save(account).flatMap(saved -> revokeSessions(saved.id()).thenReturn(saved));
                }).doOnNext(saved -> statusCache.remove(saved.id())).count();
    }

    /** A new password set by an administrator, which also lifts every hold that wrong passwords put on the name. */
    Mono<AccountView> resetPassword(Caller caller, String id, String password, String reason) {
        return get(caller, id)
                .flatMap(account -> setPassword(account, password, caller.personNo(), "account.password-reset", reason))
                .flatMap(saved -> attempts.forget(saved.username()).thenReturn(saved)).map(AccountDocument::view);
    }

    private Mono<AccountDocument> setPassword(AccountDocument account, String password, String actor, String action,
            String reason) {
        requireAcceptable(password, account.username());
        return hash(password).flatMap(hash -> {
            account.password(hash);
            account.record(clock.instant(), actor, action, reason);
            return accounts.save(account);
        }).flatMap(saved -> revokeSessions(saved.id()).thenReturn(saved))
                .doOnNext(saved -> statusCache.remove(saved.id()));
    }

    /** Ends every refresh token family of the account; used tokens are kept, so a replay is still recognised. */
    private Mono<Void> revokeSessions(String accountId) {
        return mongo.updateMulti(Query.query(Criteria.where("accountId").is(accountId).and("revokedAt").is(null)),
                new Update().set("revokedAt", Date.from(clock.instant())), "refresh_tokens").then();
    }

    /** A password bcrypt cannot take is nobody's; the dummy comparison makes its answer take as long as any. */
    private Mono<Boolean> matches(String raw, String hash) {
        return Mono.fromCallable(() -> {
            if (PasswordPolicy.tooLong(raw)) {
                passwords.matches("timing-equaliser-0", dummyHash);
                return false;
            }
            return passwords.matches(raw, hash);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<String> hash(String raw) {
        return Mono.fromCallable(() -> passwords.encode(raw)).subscribeOn(Schedulers.boundedElastic());
    }

    private static void requireAcceptable(String password, String username) {
        if (PasswordPolicy.tooLong(password)) {
            throw Problem.unprocessable("account.password-too-long",
                    Map.of("maxBytes", PasswordPolicy.MAX_BYTES, "chineseCharacters", PasswordPolicy.MAX_BYTES / 3));
        }
        PasswordPolicy.weakness(password, username).ifPresent(weakness -> {
            throw switch (weakness) {
                case TOO_SHORT ->
                    Problem.badRequest("account.password-too-short", Map.of("min", PasswordPolicy.MIN_LENGTH));
                case TOO_LONG -> Problem.badRequest("account.password-too-many-characters",
                        Map.of("max", PasswordPolicy.MAX_LENGTH));
                case NO_LETTER_OR_DIGIT -> Problem.badRequest("account.password-needs-letter-and-digit", Map.of());
                case HAS_USER_NAME -> Problem.badRequest("account.password-has-user-name", Map.of());
            };
        });
    }

    private static void requireBureauRoles(Set<Role> roles) {
        if (!roles.stream().allMatch(Role::heldInBureau)) {
            throw Problem.forbidden("account.role-not-grantable",
                    Map.of("roles", Arrays.stream(Role.bureauRoles()).map(Role::name).toList()));
        }
    }
}
