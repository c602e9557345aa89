package cn.sangang.pledge.campaign;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.sangang.events.Quarter;
import cn.sangang.platform.demo.DemoBureaus;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** Opens this year's campaign, with the default publicity deadline, in each demo bureau of the local system. */
@Component
@Profile("demo")
class DemoCampaigns implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);

    record Bureau(String id) {
    }

    private final String seedFile;
    private final Campaigns campaigns;
    private final CampaignService service;

    DemoCampaigns(@Value(DemoBureaus.SEED_FILE) String seedFile, Campaigns campaigns, CampaignService service) {
        this.seedFile = seedFile;
        this.campaigns = campaigns;
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int year = LocalDate.now(Quarter.BUREAU_TIME).getYear();
        for (Bureau bureau : DemoBureaus.read(seedFile, Bureau.class)) {
            if (campaigns.find(bureau.id(), year).isEmpty()) {
                try {
                    service.open(new Caller(bureau.id(), "demo-seed", Set.of(Role.LEADER)), year, null, null);
                    log.info("opened the {} pledge campaign of demo bureau {}", year, bureau.id());
                } catch (ConflictException openedByAnotherReplica) {
                    log.info("the {} campaign of demo bureau {} is already open", year, bureau.id());
                }
            }
        }
    }
}
