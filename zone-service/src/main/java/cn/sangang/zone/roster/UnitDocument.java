package cn.sangang.zone.roster;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;
import cn.sangang.zone.roster.domain.UnitKind;

@Document("units")
@CompoundIndex(name = "bureau_code", def = "{'bureauId': 1, 'code': 1}", unique = true)
class UnitDocument extends AggregateDocument {

    private String code;
    private String name;
    private UnitKind kind;
    private String headPersonNo;

    UnitDocument() {
    }

    UnitDocument(String bureauId, String code, String name, UnitKind kind) {
        super(bureauId);
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    void rename(String name, UnitKind kind) {
        this.name = name;
        this.kind = kind;
    }

    void appointHead(String personNo) {
        this.headPersonNo = personNo;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    UnitKind kind() {
        return kind;
    }

    String headPersonNo() {
        return headPersonNo;
    }
}
