package cn.sangang.platform.outbox;

import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * Base of every document that changes state: an id known before the first save (so audit entries and event
 * keys can name it), the owning bureau, an optimistic-lock version, and the outbox.
 */
public abstract class AggregateDocument {

    @Id
    private String id;

    private String bureauId;

    @Version
    private Long version;

    private Outbox outbox = new Outbox();

    protected AggregateDocument() {
    }

    protected AggregateDocument(String bureauId) {
        this(new ObjectId().toHexString(), bureauId);
    }

    /** For a document whose id is its natural key, so that a second insert of the same thing fails. */
    protected AggregateDocument(String id, String bureauId) {
        this.id = id;
        this.bureauId = bureauId;
    }

    public String getId() {
        return id;
    }

    public String getBureauId() {
        return bureauId;
    }

    public Long getVersion() {
        return version;
    }

    Outbox outbox() {
        return outbox;
    }
}
