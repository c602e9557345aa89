package cn.sangang.post.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.events.post.PostKind;
import cn.sangang.platform.outbox.AggregateDocument;
import cn.sangang.post.post.domain.Assessment;
import cn.sangang.post.post.domain.Establishment;
import cn.sangang.post.post.domain.Plaque;
import cn.sangang.post.post.domain.Post;
import cn.sangang.post.post.domain.PostStatus;
import cn.sangang.post.post.domain.Revocation;
import cn.sangang.post.post.domain.Standard;

/**
 * How a {@link Post} is kept: the whole post in one document, so each change and its consequences are one write
 * and one version, with the audit entries and events of the change in its outbox.
 */
@Document("posts")
@CompoundIndex(name = "bureau_status", def = "{'bureauId': 1, 'status': 1}")
@CompoundIndex(name = "bureau_holder", def = "{'bureauId': 1, 'holderPersonNo': 1}")
@CompoundIndex(name = "bureau_unit", def = "{'bureauId': 1, 'unitCode': 1}")
@CompoundIndex(name = "plaque_code", def = "{'plaque.code': 1}")
class PostDocument extends AggregateDocument {

    private PostKind kind;
    private String title;
    private String holderPersonNo;
    private String holderName;
    private String unitCode;
    private String unitName;
    private Map<Standard, String> statements = new EnumMap<>(Standard.class);
    private PostStatus status;
    private Establishment establishment;
    private Plaque plaque;
    private List<Assessment> assessments = new ArrayList<>();
    private Revocation revocation;
    private List<String> flags = new ArrayList<>();

    PostDocument() {
    }

    private PostDocument(String id, String bureauId) {
        super(id, bureauId);
    }

    /** A post not kept before. */
    static PostDocument of(Post post) {
        PostDocument document = new PostDocument(post.id(), post.bureauId());
        document.keep(post);
        return document;
    }

    Post toPost() {
        return new Post(getId(), getBureauId(), kind, title, holderPersonNo, holderName, unitCode, unitName, statements,
                status, establishment, plaque, assessments, revocation, flags);
    }

    /** Takes the post's state after a change, keeping this document's version and outbox. */
    void keep(Post post) {
        kind = post.kind();
        title = post.title();
        holderPersonNo = post.holderPersonNo();
        holderName = post.holderName();
        unitCode = post.unitCode();
        unitName = post.unitName();
        statements = new EnumMap<>(Standard.class);
        statements.putAll(post.statements());
        status = post.status();
        establishment = post.establishment();
        plaque = post.plaque();
        assessments = new ArrayList<>(post.assessments());
        revocation = post.revocation();
        flags = new ArrayList<>(post.flags());
    }
}
