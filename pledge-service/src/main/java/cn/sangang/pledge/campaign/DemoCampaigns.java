package cn.sangang.pledge.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import cn.sangang.events.Quarter;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;

/** Opens this year's campaign, with the default publicity deadline, in each demo bureau of the local system. */
@Component
@Profile("demo")
class DemoCampaigns implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);

    record SeedFile(List<Bureau> bureaus) {
    }

    record Bureau(String id) {
    }

    private final Path seedFile;
    private final Campaigns campaigns;
    private final CampaignService service;

    DemoCampaigns(@Value("${sangang.demo.seed-file}") String seedFile, Campaigns campaigns, CampaignService service) {
        this.seedFile = Path.of(seedFile);
        this.campaigns = campaigns;
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        SeedFile seed = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(Files.readString(seedFile), SeedFile.class);
        int year = LocalDate.now(Quarter.BUREAU_TIME).getYear();
        for (Bureau bureau : seed.bureaus()) {
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
