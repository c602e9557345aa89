package cn.sangang.evaluation;

import static cn.sangang.platform.endpoint.Endpoint.get;
import static cn.sangang.platform.endpoint.Endpoint.post;
import static cn.sangang.platform.endpoint.Endpoint.put;
import static cn.sangang.platform.security.Role.COUNTY;
import static cn.sangang.platform.security.Role.LEADER;
import static cn.sangang.platform.security.Role.MEMBER;
import static cn.sangang.platform.security.Role.OFFICE;
import static cn.sangang.platform.security.Role.SECRETARY;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.sangang.platform.endpoint.EndpointCatalogue;
import cn.sangang.platform.security.Role;

/**
 * Every endpoint of evaluation-service: who may call it and what it audits — and, for the answers and tickets of
 * the public and members and each person's own inbox, why nothing is audited. Published in the OpenAPI document;
 * the service's sweeps prove it against the mappings and the controllers' checks (EndpointCatalogueTest,
 * RoleRulesTest, AuditTrailTest), so a role written here is a role enforced there.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationEndpoints {

    private static final Role[] BUREAU = Role.bureauRoles();
    private static final Role[] RANKING_READERS = {LEADER, SECRETARY, OFFICE};
    private static final String OWN_INBOX = "the reader's own inbox";

    static final EndpointCatalogue CATALOGUE = EndpointCatalogue.of("evaluation-service",
            get("/api/evaluation/reward-settings").by(OFFICE, LEADER),
            put("/api/evaluation/reward-settings").by(OFFICE).audits("reward.amount-set"),
            get("/api/evaluation/survey-settings").by(OFFICE, LEADER),
            put("/api/evaluation/survey-settings").by(OFFICE).audits("survey.settings-set"),
            get("/api/evaluation/rewards").by(OFFICE, LEADER), get("/api/evaluation/rewards.xlsx").by(OFFICE, LEADER),
            get("/api/evaluation/rewards/mine").by(BUREAU),
            post("/api/evaluation/rewards/{postId}/{firstQuarter}/paid").by(OFFICE).audits("reward.paid")
                    .note("not a reward of a post the payer holds"),
            get("/api/evaluation/surveys").by(BUREAU), get("/api/evaluation/surveys.xlsx").by(BUREAU),
            post("/api/evaluation/surveys").by(OFFICE).audits("survey.created"),
            get("/api/evaluation/surveys/{code}/results").by(OFFICE, LEADER),
            get("/api/evaluation/surveys/{code}/results.xlsx").by(OFFICE, LEADER),
            get("/api/evaluation/surveys/{code}/bursts").by(OFFICE, LEADER),
            post("/api/evaluation/surveys/{code}/close").by(OFFICE).audits("survey.closed"),
            post("/api/evaluation/surveys/{code}/answers").by(MEMBER).note("once per member").unaudited("a member's"
                    + " answer is stored under a keyed hash so that no one can link an opinion to its author; a record naming"
                    + " the member at the answer's time would link them"),
            get("/api/evaluation/rankings/{year}").by(RANKING_READERS),
            get("/api/evaluation/rankings/{year}.xlsx").by(RANKING_READERS),
            get("/api/evaluation/county/feed").by(COUNTY), get("/api/evaluation/county/feed.xlsx").by(COUNTY),
            get("/api/evaluation/audit").by(LEADER, OFFICE),
            get("/api/evaluation/notifications").by(BUREAU).note(OWN_INBOX),
            get("/api/evaluation/notifications/unread-count").by(BUREAU).note(OWN_INBOX),
            post("/api/evaluation/notifications/{id}/read").by(BUREAU).note(OWN_INBOX).unaudited("a person marks a"
                    + " notification in their own inbox read: it changes nothing of the bureau's work, and a record of when"
                    + " each person read what would watch people, not account for decisions"),
            post("/api/evaluation/notifications/read-all").by(BUREAU).note(OWN_INBOX)
                    .unaudited("as marking one read: the reader's own inbox, nobody else's"),
            get("/public/evaluation/surveys").publicly(), get("/public/evaluation/surveys/{code}").publicly(),
            get("/public/evaluation/surveys/{code}/challenge").publicly(),
            post("/public/evaluation/surveys/{code}/tickets").publicly().unaudited("a member of the public asks for a"
                    + " one-time ticket without an account: there is no actor to name, and a record of who asked when would"
                    + " undo the anonymity the ticket exists for"),
            post("/public/evaluation/surveys/{code}/answers").publicly().unaudited("an anonymous respondent's answer:"
                    + " there is no actor to name, and a record with its time could be matched to the stored answer; answers"
                    + " are inputs, not staff actions"));

    @Bean
    EndpointCatalogue endpointCatalogue() {
        return CATALOGUE;
    }
}
