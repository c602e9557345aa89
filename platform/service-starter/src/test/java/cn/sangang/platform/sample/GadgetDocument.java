package cn.sangang.platform.sample;

import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;

@Document("gadgets")
class GadgetDocument extends AggregateDocument {

    private String name;

    GadgetDocument() {
    }

    GadgetDocument(String bureauId, String name) {
        super(bureauId);
        this.name = name;
    }

    String name() {
        return name;
    }
}
