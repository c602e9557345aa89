package cn.sangang.gateway.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.security.Role;

/**
 * A login. Its history of changes (who, when, what, why) lives in the same document, so a change and its audit
 * record are one write.
 */
@Document("accounts")
@CompoundIndex(name = "bureau_person", def = "{'bureauId': 1, 'personNo': 1}")
class AccountDocument {

    @Id
    private String id;

    @Indexed(unique = true)
    private String username;

    private String bureauId;
    private String personNo;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String passwordHash;
    private boolean enabled = true;
    private int tokenVersion;
    /** Hashes of the addresses it logged in from lately, newest last: strangers' wrong passwords hold them back less. */
    private List<String> recentAddresses = new ArrayList<>();

    private List<Change> history = new ArrayList<>();

    @Version
    private Long version;

    record Change(Instant at, String actor, String action, String reason) {
    }

    AccountDocument() {
    }

    AccountDocument(String username, String bureauId, String personNo, Set<Role> roles, String passwordHash) {
        this.id = new ObjectId().toHexString();
        this.username = username;
        this.bureauId = bureauId;
        this.personNo = personNo;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
    }

    void record(Instant at, String actor, String action, String reason) {
        history.add(new Change(at, actor, action, reason));
    }

    void grant(Set<Role> newRoles) {
        roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        tokenVersion++;
    }

    void enabled(boolean value) {
        enabled = value;
        tokenVersion++;
    }

    void password(String hash) {
        passwordHash = hash;
        tokenVersion++;
    }

    AccountView view() {
        return new AccountView(id, username, bureauId, personNo, roles, enabled, tokenVersion);
    }

    String id() {
        return id;
    }

    String username() {
        return username;
    }

    String bureauId() {
        return bureauId;
    }

    String personNo() {
        return personNo;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    boolean familiar(String addressHash) {
        return recentAddresses != null && recentAddresses.contains(addressHash);
    }

    /** The remembered addresses with this one added as the newest, keeping at most {@code keep}. */
    List<String> withRecentAddress(String addressHash, int keep) {
        List<String> addresses = new ArrayList<>(recentAddresses == null ? List.of() : recentAddresses);
        addresses.remove(addressHash);
        addresses.add(addressHash);
        return List.copyOf(addresses.subList(Math.max(0, addresses.size() - keep), addresses.size()));
    }

    int tokenVersion() {
        return tokenVersion;
    }

    List<Change> history() {
        return List.copyOf(history);
    }
}
