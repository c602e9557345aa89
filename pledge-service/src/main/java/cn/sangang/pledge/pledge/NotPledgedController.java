package cn.sangang.pledge.pledge;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.pledge.campaign.Campaigns;
import cn.sangang.pledge.roster.Roster;

/**
 * Who of the bureau's party members has not yet filed a pledge of their own in a campaign, for the branch secretary
 * and the leadership to follow up: every party member is asked to pledge. Any member pledge counts, whatever its
 * state — one returned for revision is still the member's pledge, and a pledge is never withdrawn.
 */
@RestController
@RequestMapping("/api/pledge/campaigns")
class NotPledgedController {

    /** {@code pledged} counts the party members now in the bureau who filed; people who left are not counted. */
    record NotPledged(int year, int partyMembers, int pledged, List<Person> notPledged) {

        record Person(String personNo, String name, String unitCode, String unitName) {
        }
    }

    private final Campaigns campaigns;
    private final OpenPledges pledges;
    private final Roster roster;

    NotPledgedController(Campaigns campaigns, OpenPledges pledges, Roster roster) {
        this.campaigns = campaigns;
        this.pledges = pledges;
        this.roster = roster;
    }

    @GetMapping("/{year}/not-pledged")
    NotPledged notPledged(Caller caller, @PathVariable @Min(2000) @Max(2100) int year) {
        String bureau = caller.bureauAs(Role.SECRETARY, Role.LEADER);
        campaigns.existing(bureau, year);
        List<Roster.PartyMember> members = roster.partyMembers();
        List<NotPledged.Person> outstanding = pledges.notPledged(bureau, year, members, Roster.PartyMember::personNo)
                .stream()
                .sorted(Comparator.comparing(Roster.PartyMember::unitCode).thenComparing(Roster.PartyMember::personNo))
                .map(m -> new NotPledged.Person(m.personNo(), m.name(), m.unitCode(), m.unitName())).toList();
        return new NotPledged(year, members.size(), members.size() - outstanding.size(), outstanding);
    }
}
