package cn.sangang.post.demo;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import cn.sangang.events.Quarter;
import cn.sangang.platform.demo.DemoBureaus;
import cn.sangang.platform.schedule.LeasedJobs;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.post.election.ElectionSeeding;
import cn.sangang.post.post.PostSeeding;
import cn.sangang.post.post.domain.Standard;

/**
 * The individual model posts a demo bureau starts with ({@code electedPosts} of the seed file): established by an
 * election that closed three quarters before the current one and not yet awarded, so a plaque can be dated in an
 * ended quarter after it and two ended quarters assessed — what the calendar rules ask of a reward. Topped up at
 * every start: each listed holder without a live post gets one in a new election, so a post revoked (the browser
 * tests veto theirs) is replaced at the next start, and a listed holder who has one is left alone. On one replica at
 * a time (a lease), so replicas starting together do not both seed.
 */
@Component
@Profile("demo")
class DemoPosts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPosts.class);
    static final String SEEDER = "demo-seed";

    record Bureau(String id, List<Unit> units, List<Person> people, ElectedPosts electedPosts) {
    }

    record Unit(String code, String name) {
    }

    record Person(String personNo, String name, String unitCode, boolean partyMember) {
    }

    record ElectedPosts(Map<Standard, String> statements, List<SeedPost> posts) {
    }

    record SeedPost(String holder, String title) {
    }

    /** When a seeded election was open: the last week of the quarter three before today's, bureau time. */
    record ElectionTimes(Instant openedAt, Instant closedAt) {

        static ElectionTimes before(LocalDate today) {
            LocalDate lastDay = Quarter.of(today).previous().previous().firstDay().minusDays(1);
            return new ElectionTimes(
                    lastDay.minusDays(6).atTime(LocalTime.of(9, 0)).atZone(Quarter.BUREAU_TIME).toInstant(),
                    lastDay.atTime(LocalTime.of(16, 0)).atZone(Quarter.BUREAU_TIME).toInstant());
        }
    }

    private final String seedFile;
    private final PostSeeding posts;
    private final ElectionSeeding elections;
    private final LeasedJobs jobs;
    private final Clock clock;

    DemoPosts(@Value(DemoBureaus.SEED_FILE) String seedFile, PostSeeding posts, ElectionSeeding elections,
            LeasedJobs jobs, Clock clock) {
        this.seedFile = seedFile;
        this.posts = posts;
        this.elections = elections;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<Bureau> bureaus = DemoBureaus.read(seedFile, Bureau.class);
        // A minute outlasts the seeding by far; a restart after it tops up again.
        jobs.runExclusively("post-demo-seed", Duration.ofMinutes(1),
                () -> bureaus.stream().filter(b -> b.electedPosts() != null).forEach(this::topUp));
    }

    private void topUp(Bureau bureau) {
        Map<String, Person> people = bureau.people().stream()
                .collect(Collectors.toMap(Person::personNo, Function.identity()));
        Map<String, String> units = bureau.units().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        Caller secretary = new Caller(bureau.id(), SEEDER, Set.of(Role.SECRETARY));
        long batch = elections.heldBy(bureau.id(), SEEDER) + 1;
        List<String> nominated = new ArrayList<>();
        for (SeedPost post : bureau.electedPosts().posts()) {
            Person holder = people.get(post.holder());
            if (!posts.holdsLivePost(bureau.id(), holder.personNo())) {
                // The batch keeps each post's title its own: a holder's next post is of a later batch.
                nominated.add(posts.nominate(secretary,
                        new PostSeeding.Holder(holder.personNo(), holder.name(), holder.partyMember(),
                                holder.unitCode(), units.get(holder.unitCode())),
                        post.title() + "（第" + batch + "批）", bureau.electedPosts().statements()));
            }
        }
        if (nominated.isEmpty()) {
            return;
        }
        ElectionTimes times = ElectionTimes.before(LocalDate.ofInstant(clock.instant(), Quarter.BUREAU_TIME));
        List<String> voters = bureau.people().stream().filter(Person::partyMember).map(Person::personNo).toList();
        String election = elections.closed(secretary, "第" + batch + "批党员示范岗民主推选（演示数据）", nominated, voters,
                times.openedAt(), times.closedAt());
        log.info("seeded {} elected model posts of demo bureau {} (election {}, closed {})", nominated.size(),
                bureau.id(), election, times.closedAt());
    }
}
