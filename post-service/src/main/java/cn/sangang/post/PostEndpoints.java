package cn.sangang.post;

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
 * Every endpoint of post-service: who may call it and what it audits. Published in the OpenAPI document; the
 * service's sweeps prove it against the mappings and the controllers' checks (EndpointCatalogueTest, RoleRulesTest,
 * AuditTrailTest), so a role written here is a role enforced there.
 */
@Configuration(proxyBeanMethods = false)
class PostEndpoints {

    private static final Role[] BUREAU = Role.bureauRoles();
    private static final String NOT_ONES_OWN = "not for a post the leader holds or works in";

    static final EndpointCatalogue CATALOGUE = EndpointCatalogue.of("post-service",
            get("/api/post/assessment-settings").by(BUREAU),
            put("/api/post/assessment-settings").by(LEADER).audits("post.assessment-settings-set"),
            get("/api/post/election-rule").by(BUREAU),
            put("/api/post/election-rule").by(SECRETARY).audits("election.rule-set"), get("/api/post/posts").by(BUREAU),
            get("/api/post/posts.xlsx").by(SECRETARY, LEADER, UNIT_HEAD, OFFICE),
            post("/api/post/posts").by(SECRETARY, LEADER, UNIT_HEAD).audits("post.nominated"),
            get("/api/post/posts/{id}").by(BUREAU),
            post("/api/post/posts/{id}/resolution").by(LEADER).audits("post.established").note(NOT_ONES_OWN),
            post("/api/post/posts/{id}/plaque").by(LEADER).audits("post.awarded").note(NOT_ONES_OWN),
            post("/api/post/posts/{id}/assessments").by(LEADER).audits("post.assessed").note(NOT_ONES_OWN),
            post("/api/post/posts/{id}/assessments/{quarter}/rectified").by(LEADER, SECRETARY).audits("post.rectified")
                    .note(NOT_ONES_OWN),
            post("/api/post/posts/{id}/veto").by(LEADER).audits("post.vetoed"), get("/api/post/elections").by(BUREAU),
            post("/api/post/elections").by(SECRETARY).audits("election.opened"),
            get("/api/post/elections/{id}").by(BUREAU),
            post("/api/post/elections/{id}/close").by(SECRETARY).audits("election.closed"),
            post("/api/post/elections/{id}/ballots").by(MEMBER).audits("election.voted")
                    .note("a party member on the roster, once; the record names no voter"),
            get("/api/post/audit").by(LEADER, OFFICE), get("/public/post/plaques/{code}").publicly(),
            get("/public/post/plaques/{code}/qr.svg").publicly(),
            get("/public/post/bureaus/{bureauId}/posts").publicly());

    @Bean
    EndpointCatalogue endpointCatalogue() {
        return CATALOGUE;
    }
}
