package cn.sangang.zone.plan;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up, announces the zones drawn before zones were announced (see {@link ZonePlanService}). */
@Component
class ZoneAnnouncements implements ApplicationRunner {

    private final ZonePlanService service;

    ZoneAnnouncements(ZonePlanService service) {
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        service.announceEarlierZones();
    }
}
