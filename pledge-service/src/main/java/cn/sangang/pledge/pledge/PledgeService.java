package cn.sangang.pledge.pledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.sangang.events.EventTypes;
import cn.sangang.events.Quarter;
import cn.sangang.events.pledge.PledgeApproved;
import cn.sangang.events.pledge.PledgeKind;
import cn.sangang.events.pledge.PledgePublicized;
import cn.sangang.platform.code.PublicCodes;
import cn.sangang.platform.outbox.ChangeRecorder;
import cn.sangang.platform.problem.ConflictException;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.platform.problem.RuleViolationException;
import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.pledge.campaign.Campaigns;
import cn.sangang.pledge.pledge.PledgeApi.NewItem;
import cn.sangang.pledge.pledge.PledgeApi.NewPledge;
import cn.sangang.pledge.pledge.PledgeApi.ReviewRequest;
import cn.sangang.pledge.pledge.domain.Pledge;
import cn.sangang.pledge.pledge.domain.Proposal;
import cn.sangang.pledge.pledge.domain.Review.Decision;
import cn.sangang.pledge.print.LetterFont;
import cn.sangang.pledge.roster.Roster;

/** 提诺, 审诺 and 亮诺: each change one write with its audit entry and events. */
@Service
class PledgeService {

    private final PledgeRepository pledges;
    private final Campaigns campaigns;
    private final Roster roster;
    private final ChangeRecorder recorder;

    PledgeService(PledgeRepository pledges, Campaigns campaigns, Roster roster, ChangeRecorder recorder) {
        this.pledges = pledges;
        this.campaigns = campaigns;
        this.roster = roster;
        this.recorder = recorder;
    }

    PledgeDocument propose(Caller caller, NewPledge request) {
        String bureau = caller.bureauAs(request.kind() == PledgeKind.MEMBER ? Role.MEMBER : Role.SECRETARY);
        String organisation = Pledge.organisation(request.kind(), request.organisationName());
        campaigns.of(bureau, request.campaignYear());
        requirePrintable(request.items(), organisation);
        Map<String, Roster.Person> people = partyMembers(caller.member(), request.campaignYear(), request.items());
        List<Pledge.Draft> drafts = drafts(request.items(), people);
        Roster.Person proposer = people.get(caller.member());
        PledgeDocument pledge = PledgeDocument.of(bureau, Pledge.propose(request.kind(), request.campaignYear(),
                proposer.personNo(), proposer.name(), organisation, drafts, recorder.now()));
        recorder.audit(pledge, caller, "pledge.proposed", null,
                "提诺：" + (organisation != null ? organisation : proposer.name()) + "，" + drafts.size() + " 项");
        try {
            return pledges.insert(pledge);
        } catch (DuplicateKeyException filed) {
            throw new ConflictException("pledge.already-filed", Map.of("pledger",
                    organisation != null ? organisation : proposer.name(), "year", request.campaignYear()));
        }
    }

    PledgeDocument revise(Caller caller, String id, List<NewItem> items) {
        PledgeDocument stored = pledge(caller.bureauAs(Role.MEMBER, Role.SECRETARY), id);
        Pledge pledge = stored.toPledge();
        requireAuthor(caller, pledge);
        pledge.requireRevisable();
        requirePrintable(items, null);
        String author = pledge.kind() == PledgeKind.MEMBER ? pledge.proposerPersonNo() : caller.member();
        List<Pledge.Draft> drafts = drafts(items, partyMembers(author, pledge.campaignYear(), items));
        pledge.resubmit(drafts, caller.member(), recorder.now());
        stored.keep(pledge);
        recorder.audit(stored, caller, "pledge.revised", null, "修改后重新提交（第 " + pledge.currentRound().no() + " 轮审核）");
        return pledges.save(stored);
    }

    PledgeDocument review(Caller caller, String id, ReviewRequest request) {
        PledgeDocument stored = pledge(caller.bureauAs(Role.LEADER), id);
        Pledge pledge = stored.toPledge();
        String guidance = request.guidance() == null ? null : request.guidance().strip();
        pledge.review(
                request.items().stream().map(i -> new Pledge.ItemReview(i.itemNo(), i.checks(), i.note())).toList(),
                request.decision(), guidance, caller.member(), recorder.now());
        stored.keep(pledge);
        int round = pledge.currentRound().no();
        if (request.decision() == Decision.APPROVE) {
            recorder.audit(stored, caller, "pledge.approved", null, "审定通过（第 " + round + " 轮）");
            recorder.publish(stored, EventTypes.PLEDGE_APPROVED, new PledgeApproved(stored.getId(), pledge.kind(),
                    pledge.campaignYear(), pledge.proposerPersonNo(),
                    pledge.items().stream().map(
                            i -> new PledgeApproved.Item(i.no(), i.draft().responsiblePersonNo(), i.draft().deadline()))
                            .toList(),
                    round, caller.member()));
        } else {
            recorder.audit(stored, caller, "pledge.returned", guidance, "退回修改（第 " + round + " 轮）");
        }
        return pledges.save(stored);
    }

    PledgeDocument publish(Caller caller, String id, LocalDate shownAtMeetingOn) {
        PledgeDocument stored = pledge(caller.bureauAs(Role.SECRETARY, Role.LEADER), id);
        Pledge pledge = stored.toPledge();
        pledge.requirePublishable();
        LocalDate deadline = campaigns.of(stored.getBureauId(), pledge.campaignYear()).publicityDeadline();
        pledge.publish(newPublicCode(), today(), deadline, shownAtMeetingOn, caller.member(), recorder.now());
        stored.keep(pledge);
        Pledge.Publication board = pledge.publication();
        recorder.audit(stored, caller, "pledge.publicized", board.late() ? "公示截止 " + deadline + " 之后公示" : null,
                "亮诺：上公示栏" + (board.late() ? "（逾期）" : ""));
        recorder.publish(stored, EventTypes.PLEDGE_PUBLICIZED,
                new PledgePublicized(stored.getId(), pledge.kind(), pledge.campaignYear(), pledge.proposerPersonNo(),
                        board.publicCode(), board.publishedOn(), deadline, board.late(), pledge.items().size()));
        return pledges.save(stored);
    }

    /** A pledge the caller may read, or 404 — the same answer as for one that does not exist. */
    PledgeDocument readable(Caller caller, String id) {
        PledgeDocument pledge = pledge(caller.bureauAs(Role.bureauRoles()), id);
        if (!PledgeViews.visibleTo(caller, pledge.toPledge())) {
            throw new NotFoundException("pledge.not-found", Map.of("id", id));
        }
        return pledge;
    }

    PledgeDocument pledge(String bureau, String id) {
        return pledges.findByBureauIdAndId(bureau, id)
                .orElseThrow(() -> new NotFoundException("pledge.not-found", Map.of("id", id)));
    }

    /** Text that goes on the letter must be printable in its font; a '?' on a signed letter would be worse. */
    private static void requirePrintable(List<NewItem> items, String organisation) {
        List<String> texts = new ArrayList<>();
        if (organisation != null) {
            texts.add(organisation);
        }
        items.forEach(i -> {
            texts.add(i.content());
            texts.add(i.expectedEffect());
        });
        List<String> unprintable = texts.stream().flatMap(t -> LetterFont.unprintable(t).stream()).distinct().toList();
        if (!unprintable.isEmpty()) {
            throw new RuleViolationException("pledge.unprintable-characters", Map.of("characters", unprintable));
        }
    }

    /** A member's pledge is revised by that member; an organisation pledge by a secretary. */
    private static void requireAuthor(Caller caller, Pledge pledge) {
        boolean author = pledge.kind() == PledgeKind.MEMBER
                ? caller.has(Role.MEMBER) && pledge.proposerPersonNo().equals(caller.memberId())
                : caller.has(Role.SECRETARY);
        if (!author) {
            throw pledge.kind() == PledgeKind.MEMBER
                    ? new ForbiddenException("pledge.revised-by-proposer")
                    : new ForbiddenException("pledge.revised-by-secretary");
        }
    }

    /** The proposer and everyone answering for an item, once the deadlines are checked and all are party members. */
    private Map<String, Roster.Person> partyMembers(String proposer, int campaignYear, List<NewItem> items) {
        Proposal.requireDeadlines(items.stream().map(NewItem::deadline).toList(), today(), campaignYear);
        List<String> named = new ArrayList<>();
        named.add(proposer);
        items.forEach(i -> named.add(i.responsiblePersonNo()));
        Map<String, Roster.Person> people = roster.people(named);
        Proposal.requirePartyMembers(people.values().stream()
                .map(p -> new Proposal.Person(p.personNo(), p.name(), p.partyMember(), p.active())).toList());
        return people;
    }

    /** The items as drafts, numbered in order. */
    private static List<Pledge.Draft> drafts(List<NewItem> items, Map<String, Roster.Person> people) {
        return IntStream.range(0, items.size()).mapToObj(i -> {
            NewItem item = items.get(i);
            return new Pledge.Draft(i + 1, item.content().strip(), item.responsiblePersonNo(),
                    people.get(item.responsiblePersonNo()).name(), item.deadline(), item.expectedEffect().strip());
        }).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(recorder.now(), Quarter.BUREAU_TIME);
    }

    private String newPublicCode() {
        return PublicCodes.next("PL", code -> pledges.findByPublicationPublicCode(code).isPresent());
    }
}
