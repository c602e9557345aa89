package cn.sangang.evaluation.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.sangang.evaluation.ranking.domain.CommendationRule;

/**
 * The facts a bureau's ranking of a year is computed from, each stored under its natural key (a post's quarter, a
 * zone's quarter, a pledge item) with a plain set — so a redelivered or reordered event changes nothing — and
 * who works in which unit, from the roster's events.
 */
@Component
class RankingFacts {

    private static final String FACTS = "ranking_facts";
    private static final String PEOPLE = "ranking_people";

    private final MongoOperations mongo;

    RankingFacts(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void postAssessed(String bureau, String quarter, String postId, String unitCode, boolean passed) {
        set(bureau, year(quarter), "posts." + postId + "_" + quarter,
                new Document("unit", unitCode).append("passed", passed));
    }

    void postRevoked(String bureau, String quarter, String postId, String unitCode) {
        set(bureau, year(quarter), "revoked." + postId, new Document("unit", unitCode));
    }

    void zoneAssessed(String bureau, String quarter, String zoneId, String unitCode, int total) {
        set(bureau, year(quarter), "zones." + zoneId + "_" + quarter,
                new Document("unit", unitCode).append("total", total));
    }

    void pledgeItem(String bureau, int year, String pledgeId, int itemNo, String personNo, boolean fulfilled) {
        set(bureau, year, "pledges." + pledgeId + "_" + itemNo,
                new Document("person", personNo).append("fulfilled", fulfilled));
    }

    void worksIn(String bureau, String personNo, String unitCode) {
        mongo.upsert(Query.query(Criteria.where("_id").is(bureau + ":" + personNo)),
                new Update().set("bureauId", bureau).set("unit", unitCode), PEOPLE);
    }

    List<CommendationRule.UnitScore> ranking(String bureau, int year) {
        Document facts = mongo.findById(bureau + ":" + year, Document.class, FACTS);
        if (facts == null) {
            return List.of();
        }
        List<CommendationRule.PostResult> posts = new ArrayList<>();
        entries(facts, "posts")
                .forEach(d -> posts.add(new CommendationRule.PostResult(d.getString("unit"), d.getBoolean("passed"))));
        List<String> revoked = entries(facts, "revoked").stream().map(d -> d.getString("unit")).toList();
        List<CommendationRule.ZoneResult> zones = entries(facts, "zones").stream()
                .map(d -> new CommendationRule.ZoneResult(d.getString("unit"), d.getInteger("total"))).toList();
        List<CommendationRule.PledgeResult> pledges = new ArrayList<>();
        for (Document item : entries(facts, "pledges")) {
            Document person = mongo.findById(bureau + ":" + item.getString("person"), Document.class, PEOPLE);
            if (person != null && person.getString("unit") != null) {
                pledges.add(new CommendationRule.PledgeResult(person.getString("unit"), item.getBoolean("fulfilled")));
            }
        }
        return CommendationRule.rank(posts, revoked, zones, pledges);
    }

    private void set(String bureau, int year, String key, Document value) {
        mongo.upsert(Query.query(Criteria.where("_id").is(bureau + ":" + year)),
                new Update().set("bureauId", bureau).set("year", year).set(key, value), FACTS);
    }

    private static List<Document> entries(Document facts, String field) {
        Object map = facts.get(field);
        if (!(map instanceof Map<?, ?> values)) {
            return List.of();
        }
        return values.values().stream().map(Document.class::cast)
                .filter(d -> d.get("unit") != null || d.get("person") != null).toList();
    }

    private static int year(String quarter) {
        return Integer.parseInt(quarter.substring(0, 4));
    }
}
