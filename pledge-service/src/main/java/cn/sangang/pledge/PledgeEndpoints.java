package cn.sangang.pledge;

import static cn.sangang.platform.endpoint.Endpoint.get;
import static cn.sangang.platform.endpoint.Endpoint.post;
import static cn.sangang.platform.endpoint.Endpoint.put;
import static cn.sangang.platform.security.Role.LEADER;
import static cn.sangang.platform.security.Role.MEMBER;
import static cn.sangang.platform.security.Role.OFFICE;
import static cn.sangang.platform.security.Role.SECRETARY;
import static cn.sangang.platform.security.Role.UNIT_HEAD;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.sangang.platform.endpoint.EndpointCatalogue;
import cn.sangang.platform.security.Role;

/**
 * Every endpoint of pledge-service: who may call it and what it audits. Published in the OpenAPI document; the
 * service's sweeps prove it against the mappings and the controllers' checks (EndpointCatalogueTest, RoleRulesTest,
 * AuditTrailTest), so a role written here is a role enforced there.
 */
@Configuration(proxyBeanMethods = false)
class PledgeEndpoints {

    private static final Role[] BUREAU = Role.bureauRoles();
    private static final Role[] LEDGER_READERS = {SECRETARY, LEADER, OFFICE, UNIT_HEAD};

    static final EndpointCatalogue CATALOGUE = EndpointCatalogue.of("pledge-service",
            get("/api/pledge/campaigns").by(BUREAU),
            post("/api/pledge/campaigns").by(LEADER, SECRETARY).audits("campaign.opened"),
            put("/api/pledge/campaigns/{year}").by(LEADER, SECRETARY).audits("campaign.changed"),
            get("/api/pledge/campaigns/{year}/not-pledged").by(SECRETARY, LEADER),
            get("/api/pledge/pledges").by(BUREAU),
            post("/api/pledge/pledges").by(MEMBER, SECRETARY).audits("pledge.proposed")
                    .note("a member their own pledge, the secretary the organisation's"),
            get("/api/pledge/pledges/{id}").by(BUREAU),
            put("/api/pledge/pledges/{id}/items").by(MEMBER, SECRETARY).audits("pledge.revised")
                    .note("the proposing member, the secretary an organisation pledge"),
            post("/api/pledge/pledges/{id}/review").by(LEADER).audits("pledge.approved", "pledge.returned"),
            post("/api/pledge/pledges/{id}/publication").by(SECRETARY, LEADER).audits("pledge.publicized"),
            post("/api/pledge/pledges/{id}/items/{no}/progress").by(MEMBER).audits("pledge.progress")
                    .note("the member responsible for the item"),
            post("/api/pledge/pledges/{id}/items/{no}/inspections").by(SECRETARY, LEADER).audits("pledge.inspected"),
            post("/api/pledge/pledges/{id}/evaluation").by(LEADER).audits("pledge.evaluated"),
            post("/api/pledge/pledges/{id}/items/{no}/rectification/closed").by(LEADER, SECRETARY)
                    .audits("pledge.rectified"),
            get("/api/pledge/pledges/{id}/letter.pdf").by(BUREAU),
            get("/api/pledge/ledger").by(LEDGER_READERS).note("a unit head: the unit they head"),
            get("/api/pledge/ledger.xlsx").by(LEDGER_READERS).note("a unit head: the unit they head"),
            get("/api/pledge/audit").by(LEADER, OFFICE), get("/public/pledge/bureaus/{bureauId}/pledges").publicly(),
            get("/public/pledge/pledges/{code}").publicly(),
            get("/public/pledge/pledges/{code}/letter.pdf").publicly());

    @Bean
    EndpointCatalogue endpointCatalogue() {
        return CATALOGUE;
    }
}
