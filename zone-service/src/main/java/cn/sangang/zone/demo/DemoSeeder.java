package cn.sangang.zone.demo;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import cn.sangang.platform.demo.DemoBureaus;
import cn.sangang.zone.bureau.BureauService;
import cn.sangang.zone.plan.ZoneSeeding;
import cn.sangang.zone.plan.domain.ZoneDraft;
import cn.sangang.zone.plan.domain.ZoneMember;
import cn.sangang.zone.roster.RosterSeeding;
import cn.sangang.zone.roster.domain.UnitKind;

/** Seeds the demo bureaus of the local system once, through the service's own rules. */
@Component
@Profile("demo")
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final String MARKERS = "demo_seeds";

    record Bureau(String id, String name, List<Unit> units, List<Person> people, List<Activist> activists,
            List<Zone> zones) {
    }

    record Unit(String code, String name, UnitKind kind, String headPersonNo) {
    }

    record Person(String personNo, String name, String unitCode, boolean partyMember, String position, String phone,
            List<String> roles) {
    }

    record Activist(String personNo, String mentorPersonNo, LocalDate since) {
    }

    record Zone(String unitCode, String name, String headPersonNo, List<String> mainTasks, List<ZoneMember> members) {
    }

    private final String seedFile;
    private final RosterSeeding roster;
    private final ZoneSeeding zones;
    private final BureauService names;
    private final MongoOperations mongo;

    DemoSeeder(@Value(DemoBureaus.SEED_FILE) String seedFile, RosterSeeding roster, ZoneSeeding zones,
            BureauService names, MongoOperations mongo) {
        this.seedFile = seedFile;
        this.roster = roster;
        this.zones = zones;
        this.names = names;
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Bureau bureau : DemoBureaus.read(seedFile, Bureau.class)) {
            // Before the marker: bureaus seeded before the registry existed get their names too.
            names.seed(bureau.id(), bureau.name());
            if (mongo.findById(bureau.id(), Document.class, MARKERS) != null) {
                continue;
            }
            roster.seed(bureau.id(),
                    bureau.units().stream()
                            .map(u -> new RosterSeeding.Unit(u.code(), u.name(), u.kind(), u.headPersonNo())).toList(),
                    bureau.people().stream()
                            .map(p -> new RosterSeeding.Person(p.personNo(), p.name(), p.unitCode(), p.partyMember(),
                                    p.position(), p.phone()))
                            .toList(),
                    bureau.activists().stream()
                            .map(a -> new RosterSeeding.Activist(a.personNo(), a.mentorPersonNo(), a.since()))
                            .toList());
            zones.seed(bureau.id(),
                    bureau.zones().stream().map(
                            z -> new ZoneDraft(z.unitCode(), z.name(), z.headPersonNo(), z.mainTasks(), z.members()))
                            .toList());
            mongo.insert(new Document("_id", bureau.id()).append("name", bureau.name()).append("at", Instant.now()),
                    MARKERS);
            log.info("seeded demo bureau {} ({}): {} people, {} zones", bureau.id(), bureau.name(),
                    bureau.people().size(), bureau.zones().size());
        }
    }
}
