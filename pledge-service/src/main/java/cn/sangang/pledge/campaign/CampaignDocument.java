package cn.sangang.pledge.campaign;

import java.time.LocalDate;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import cn.sangang.platform.outbox.AggregateDocument;

/** A bureau's pledge campaign of one year, with the date by which every pledge is to be on the public board. */
@Document("campaigns")
@CompoundIndex(name = "bureau_year", def = "{'bureauId': 1, 'year': 1}", unique = true)
class CampaignDocument extends AggregateDocument {

    private int year;
    private String title;
    private LocalDate publicityDeadline;

    CampaignDocument() {
    }

    CampaignDocument(String bureauId, int year, String title, LocalDate publicityDeadline) {
        super(bureauId);
        this.year = year;
        this.title = title;
        this.publicityDeadline = publicityDeadline;
    }

    void change(String newTitle, LocalDate newDeadline) {
        title = newTitle;
        publicityDeadline = newDeadline;
    }

    int year() {
        return year;
    }

    String title() {
        return title;
    }

    LocalDate publicityDeadline() {
        return publicityDeadline;
    }
}
