package cn.sangang.zone.bureau;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;

/** A bureau of the deployment and the name it goes by (桃江县森林公安局): one document per bureau. */
@Document("bureaus")
@CompoundIndex(name = "bureau", def = "{'bureauId': 1}", unique = true)
class BureauDocument extends AggregateDocument {

    private String name;

    BureauDocument() {
    }

    BureauDocument(String bureauId, String name) {
        super(bureauId);
        this.name = name;
    }

    void rename(String newName) {
        name = newName;
    }

    String name() {
        return name;
    }
}
