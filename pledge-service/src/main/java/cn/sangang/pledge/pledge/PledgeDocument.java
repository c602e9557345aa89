package cn.sangang.pledge.pledge;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.platform.outbox.AggregateDocument;
import cn.sangang.pledge.pledge.domain.Pledge;
import cn.sangang.pledge.pledge.domain.Pledge.Evaluation;
import cn.sangang.pledge.pledge.domain.Pledge.Item;
import cn.sangang.pledge.pledge.domain.Pledge.Publication;
import cn.sangang.pledge.pledge.domain.Pledge.Round;
import cn.sangang.pledge.pledge.domain.PledgeStatus;

/**
 * How a {@link Pledge} is kept: the whole pledge in one document, so each change and its events are one write. The
 * field names are the stored ones; {@code filer} is kept for the index that allows one pledge per filer and year.
 */
@Document("pledges")
@CompoundIndex(name = "bureau_year_status", def = "{'bureauId': 1, 'campaignYear': 1, 'status': 1}")
@CompoundIndex(name = "public_code", def = "{'publication.publicCode': 1}", unique = true, sparse = true)
@CompoundIndex(name = "one_pledge_per_filer", def = "{'bureauId': 1, 'campaignYear': 1, 'filer': 1}", unique = true)
class PledgeDocument extends AggregateDocument {

    private PledgeKind kind;
    private int campaignYear;
    private String proposerPersonNo;
    private String proposerName;
    private String organisationName;
    private String filer;
    private PledgeStatus status;
    private List<Item> items = new ArrayList<>();
    private List<Round> rounds = new ArrayList<>();
    private Publication publication;
    private Evaluation evaluation;

    PledgeDocument() {
    }

    private PledgeDocument(String bureauId) {
        super(bureauId);
    }

    /** A new pledge of {@code bureauId}, under an id of its own before it is first stored. */
    static PledgeDocument of(String bureauId, Pledge pledge) {
        PledgeDocument document = new PledgeDocument(bureauId);
        document.keep(pledge);
        return document;
    }

    Pledge toPledge() {
        return new Pledge(kind, campaignYear, proposerPersonNo, proposerName, organisationName, status, items, rounds,
                publication, evaluation);
    }

    void keep(Pledge pledge) {
        kind = pledge.kind();
        campaignYear = pledge.campaignYear();
        proposerPersonNo = pledge.proposerPersonNo();
        proposerName = pledge.proposerName();
        organisationName = pledge.organisationName();
        filer = pledge.filer();
        status = pledge.status();
        items = new ArrayList<>(pledge.items());
        rounds = new ArrayList<>(pledge.rounds());
        publication = pledge.publication();
        evaluation = pledge.evaluation();
    }
}
