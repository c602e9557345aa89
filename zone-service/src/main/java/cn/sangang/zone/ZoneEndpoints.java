package cn.sangang.zone;

import static cn.sangang.platform.endpoint.Endpoint.get;
import static cn.sangang.platform.endpoint.Endpoint.post;
import static cn.sangang.platform.endpoint.Endpoint.put;
import static cn.sangang.platform.security.Role.ADMIN;
import static cn.sangang.platform.security.Role.COUNTY;
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
 * Every endpoint of zone-service: who may call it and what it audits. Published in the OpenAPI document; the
 * service's sweeps prove it against the mappings and the controllers' checks (EndpointCatalogueTest, RoleRulesTest,
 * AuditTrailTest), so a role written here is a role enforced there.
 */
@Configuration(proxyBeanMethods = false)
class ZoneEndpoints {

    private static final Role[] BUREAU = Role.bureauRoles();
    private static final Role[] ROSTER_READERS = {ADMIN, LEADER, SECRETARY, OFFICE, UNIT_HEAD};
    private static final Role[] COVERAGE_READERS = {ADMIN, LEADER, SECRETARY, OFFICE};
    private static final Role[] ASSESSMENT_READERS = {LEADER, SECRETARY, OFFICE, UNIT_HEAD};

    static final EndpointCatalogue CATALOGUE = EndpointCatalogue.of("zone-service", get("/api/zone/bureau").by(BUREAU),
            put("/api/zone/bureau").by(ADMIN).audits("bureau.renamed"), get("/api/zone/bureaus").by(COUNTY),
            get("/api/zone/units").by(ROSTER_READERS), post("/api/zone/units").by(ADMIN).audits("unit.created"),
            put("/api/zone/units/{code}").by(ADMIN).audits("unit.changed"), get("/api/zone/people").by(ROSTER_READERS),
            get("/api/zone/people/{personNo}").by(ROSTER_READERS).note("and the person themself"),
            post("/api/zone/people").by(ADMIN).audits("person.added"),
            put("/api/zone/people/{personNo}").by(ADMIN).audits("person.changed"),
            post("/api/zone/people/{personNo}/leave").by(ADMIN).audits("person.left"),
            get("/api/zone/people.xlsx").by(ROSTER_READERS), get("/api/zone/people/import-template.xlsx").by(ADMIN),
            post("/api/zone/people/import").by(ADMIN).audits("person.added", "person.changed")
                    .note("each applied row leaves its record"),
            get("/api/zone/activists").by(ROSTER_READERS),
            put("/api/zone/people/{personNo}/activist").by(ADMIN).audits("activist.designated"),
            post("/api/zone/people/{personNo}/activist/withdraw").by(ADMIN).audits("activist.withdrawn"),
            get("/api/zone/membership/people/{personNo}").by(BUREAU).note("asked by the other services"),
            post("/api/zone/membership/people/lookup").by(BUREAU).note("asked by the other services")
                    .unaudited("a question: it reads the roster and changes nothing"),
            get("/api/zone/membership/units/{unitCode}").by(ROSTER_READERS).note("and a member, for their own unit"),
            get("/api/zone/membership/party-members").by(ROSTER_READERS), get("/api/zone/zones").by(BUREAU),
            get("/api/zone/zones/{zoneId}").by(BUREAU), get("/api/zone/my-zone").by(BUREAU),
            post("/api/zone/zones").by(ADMIN).audits("zone.drawn"),
            put("/api/zone/zones/{zoneId}").by(ADMIN).audits("zone.redrawn"),
            post("/api/zone/zones/{zoneId}/dissolve").by(ADMIN).audits("zone.dissolved"),
            get("/api/zone/coverage").by(COVERAGE_READERS), get("/api/zone/coverage.xlsx").by(COVERAGE_READERS),
            get("/api/zone/zones.xlsx").by(ADMIN, LEADER, OFFICE),
            post("/api/zone/work-logs").by(MEMBER).audits("worklog.written").note("a member of that zone"),
            get("/api/zone/work-logs").by(LEADER, SECRETARY, OFFICE).note("and the zone's head"),
            get("/api/zone/work-logs/mine").by(BUREAU),
            post("/api/zone/reports").by(UNIT_HEAD).audits("report.submitted").note("the zone's head"),
            get("/api/zone/reports").by(UNIT_HEAD, LEADER, OFFICE),
            post("/api/zone/reports/{id}/acknowledge").by(OFFICE).audits("report.acknowledged"),
            post("/api/zone/reports/{id}/publish").by(OFFICE).audits("report.published"),
            post("/api/zone/assessments").by(LEADER).audits("zone.assessed"),
            get("/api/zone/assessments").by(ASSESSMENT_READERS),
            get("/api/zone/assessments.xlsx").by(ASSESSMENT_READERS), get("/api/zone/audit").by(LEADER, OFFICE),
            get("/public/zone/bureaus/{bureauId}").publicly(), get("/public/zone/plaques/{plaqueCode}").publicly(),
            get("/public/zone/plaques/{plaqueCode}/qr.svg").publicly(),
            get("/public/zone/bureaus/{bureauId}/plaques").publicly(),
            get("/public/zone/bureaus/{bureauId}/cases").publicly());

    @Bean
    EndpointCatalogue endpointCatalogue() {
        return CATALOGUE;
    }
}
