package switchboard.desktop.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.dnc.DncEntry;
import switchboard.desktop.agent.Team;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.customer.phone.InvalidPhoneNumberException;
import switchboard.desktop.customer.phone.PhoneNumbers;
import switchboard.desktop.problem.Problem;
import switchboard.desktop.problem.InvalidInputProblem;
import switchboard.desktop.problem.NotFoundProblem;
import switchboard.desktop.queue.RoutingQueue;
import switchboard.cti.OriginateOutcome;

/** Campaigns: created from a segment, started, paused and stopped; their targets' progress. */
@ApplicationScoped
public class CampaignService {

    /** How many due targets one decision looks at before giving up for this round. */
    private static final int CANDIDATES = 20;

    private final Clock clock;
    private final PhoneNumbers numbers;
    private final ObjectMapper json;
    private final DialPermits permits;

    CampaignService(Clock clock, PhoneNumbers numbers, ObjectMapper json, DialPermits permits) {
        this.clock = clock;
        this.numbers = numbers;
        this.json = json;
        this.permits = permits;
    }

    /** Creates the campaign and its target list, most valuable and most at risk first; all or nothing. */
    @Transactional
    public Campaign create(CampaignRequest request) {
        if (Campaign.count("name", request.name()) > 0) {
            throw new InvalidInputProblem("name", "a campaign named '" + request.name() + "' exists");
        }
        Campaign campaign = campaign(request);
        campaign.persist();
        CampaignRequest.Segment segment = request.segment() == null ? new CampaignRequest.Segment(null, null)
                : request.segment();
        for (Customer customer : segmentCustomers(segment)) {
            target(campaign, customer).ifPresent(t -> t.persist());
        }
        return campaign;
    }

    private Campaign campaign(CampaignRequest r) {
        RoutingQueue queue = RoutingQueue.find("name", r.queue()).firstResult();
        if (queue == null) {
            throw new InvalidInputProblem("queue", "no queue '" + r.queue() + "'");
        }
        Campaign c = new Campaign();
        if (r.team() != null && !r.team().isBlank()) {
            c.team = Team.find("name", r.team()).firstResult();
            if (c.team == null) {
                throw new InvalidInputProblem("team", "no team '" + r.team() + "'");
            }
        }
        c.name = r.name();
        c.status = Campaign.Status.DRAFT;
        c.mode = r.mode();
        c.queue = queue;
        c.script = r.script();
        c.offer = r.offer();
        c.callerId = r.callerId();
        c.maxAttempts = orElse(r.maxAttempts(), 3);
        c.retryBusyMinutes = orElse(r.retryBusyMinutes(), 30);
        c.retryNoAnswerMinutes = orElse(r.retryNoAnswerMinutes(), 120);
        c.retryMachineMinutes = orElse(r.retryMachineMinutes(), 240);
        c.windowStart = r.windowStart() == null ? DialPermits.EARLIEST : r.windowStart();
        c.windowEnd = r.windowEnd() == null ? DialPermits.LATEST : r.windowEnd();
        if (c.windowStart.isBefore(DialPermits.EARLIEST) || c.windowEnd.isAfter(DialPermits.LATEST)
                || !c.windowStart.isBefore(c.windowEnd)) {
            throw new InvalidInputProblem("windowStart", "the calling window must lie within 08:00–21:00 and start before it ends");
        }
        c.rules = r.rules() == null ? Campaign.Rules.US : r.rules();
        c.abandonTargetPercent = r.abandonTargetPercent() == null ? new BigDecimal("3.0") : r.abandonTargetPercent();
        c.ringSeconds = orElse(r.ringSeconds(), 20);
        c.amdFalsePositivePercent = orElse(r.amdFalsePositivePercent(), BigDecimal.ZERO);
        c.segment = write(r.segment());
        c.createdAt = clock.instant();
        return c;
    }

    private static List<Customer> segmentCustomers(CampaignRequest.Segment segment) {
        StringBuilder query = new StringBuilder("consentPhone = true and doNotCall = false and churnRisk >= ?1");
        if (segment.tiers() != null && !segment.tiers().isEmpty()) {
            query.append(" and valueTier in ?2");
            return Customer.list(query.toString(), orElse(segment.minChurnRisk(), 0.0), segment.tiers());
        }
        return Customer.list(query.toString(), orElse(segment.minChurnRisk(), 0.0));
    }

    /** The customer's first number not on a do-not-call list, in calling order by value and risk. */
    private Optional<CampaignTarget> target(Campaign campaign, Customer customer) {
        return customer.phones.stream().map(p -> p.e164).filter(e164 -> !DncEntry.listed(e164)).findFirst()
                .map(e164 -> {
                    CampaignTarget t = new CampaignTarget();
                    t.campaignId = campaign.id;
                    t.customerId = customer.id;
                    t.phone = e164;
                    t.timeZone = numbers.timeZone(e164).map(Object::toString).orElse(customer.timeZone);
                    t.priority = priority(customer);
                    return t;
                });
    }

    /**
     * Adds targets from CSV ({@code phone,customer_id} with a header line; the customer id may be
     * empty). Every row is checked; if any is rejected, nothing is imported and every rejected
     * row is reported by line. Returns how many were imported.
     */
    @Transactional
    public int importTargets(long campaignId, String csv) {
        Campaign campaign = find(campaignId);
        List<String> lines = csv.lines().toList();
        List<Problem.FieldError> rejected = new ArrayList<>();
        List<CampaignTarget> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (i + 1);
            try {
                CampaignTarget target = importedTarget(campaign, line);
                if (!seen.add(target.phone) || CampaignTarget.count("campaignId = ?1 and phone = ?2", campaignId, target.phone) > 0) {
                    throw new IllegalArgumentException(target.phone + " is already in the campaign");
                }
                targets.add(target);
            } catch (IllegalArgumentException | InvalidPhoneNumberException e) {
                rejected.add(new Problem.FieldError(where, e.getMessage()));
            }
        }
        if (lines.isEmpty() || !lines.get(0).strip().toLowerCase().startsWith("phone")) {
            rejected.add(0, new Problem.FieldError("line 1", "the header must be phone,customer_id"));
        }
        if (!rejected.isEmpty()) {
            throw new InvalidInputProblem(rejected.size() + " row(s) rejected; nothing was imported", rejected);
        }
        targets.forEach(t -> t.persist());
        return targets.size();
    }

    private CampaignTarget importedTarget(Campaign campaign, String line) {
        String[] cells = line.split(",", -1);
        String e164 = numbers.toE164(cells[0].strip());
        Long customerId = null;
        if (cells.length > 1 && !cells[1].isBlank()) {
            if (!cells[1].strip().matches("\\d+")) {
                throw new IllegalArgumentException("customer_id must be a number, not '" + cells[1].strip() + "'");
            }
            customerId = Long.valueOf(cells[1].strip());
            if (Customer.findById(customerId) == null) {
                throw new IllegalArgumentException("no customer " + customerId);
            }
        }
        CampaignTarget t = new CampaignTarget();
        t.campaignId = campaign.id;
        t.customerId = customerId;
        t.phone = e164;
        Customer customer = customerId == null ? null : Customer.findById(customerId);
        t.timeZone = numbers.timeZone(e164).map(Object::toString).or(() -> Optional.ofNullable(customer)
                .map(c -> c.timeZone)).orElseThrow(() -> new IllegalArgumentException(
                        "the local time of " + e164 + " cannot be told, so its calling window cannot be kept"));
        t.priority = customer == null ? 0 : priority(customer);
        return t;
    }

    private static double priority(Customer customer) {
        double value = customer.valueScore == null ? 0 : customer.valueScore / 100;
        double risk = customer.churnRisk == null ? 0 : customer.churnRisk;
        return value * (1 + risk);
    }

    /** The running campaigns. */
    @Transactional
    public List<Campaign> dialing() {
        return Campaign.list("status", Campaign.Status.RUNNING);
    }

    /**
     * The next number to dial for a campaign: due targets by priority, each checked against the
     * rules and the decision written to the audit trail; a target blocked for good is marked so,
     * one blocked for now waits until it may be tried. Empty when none may be dialled now.
     */
    @Transactional
    public Optional<OutboundDial> nextDial(long campaignId, String pacing) {
        Campaign campaign = find(campaignId);
        Instant now = clock.instant();
        List<CampaignTarget> due = CampaignTarget.find("campaignId = ?1 and status = ?2 and "
                + "(nextAttemptAt is null or nextAttemptAt <= ?3) order by priority desc, id", campaignId,
                CampaignTarget.Status.PENDING, now).page(0, CANDIDATES).list();
        for (CampaignTarget target : due) {
            Permit permit = permits.check(campaign, target, now);
            DialAttempt attempt = audit(campaign, target, permit, pacing, now);
            if (permit.allowed()) {
                target.status = CampaignTarget.Status.DIALING;
                target.attempts++;
                return Optional.of(new OutboundDial(attempt.id, campaign.id, campaign.name, campaign.queue.name,
                        campaign.team == null ? null : campaign.team.name, campaign.script, campaign.offer, campaign.callerId, campaign.ringSeconds, target.id,
                        target.customerId, target.phone));
            }
            if (permit.blockedForGood()) {
                target.status = CampaignTarget.Status.BLOCKED;
            } else if (permit.notBefore() != null) {
                target.nextAttemptAt = permit.notBefore();
            }
        }
        return Optional.empty();
    }

    private static DialAttempt audit(Campaign campaign, CampaignTarget target, Permit permit, String pacing,
            Instant now) {
        DialAttempt attempt = new DialAttempt();
        attempt.campaignId = campaign.id;
        attempt.targetId = target.id;
        attempt.phone = target.phone;
        attempt.decidedAt = now;
        attempt.localTime = permit.localTime();
        attempt.allowed = permit.allowed();
        attempt.reason = permit.reason();
        attempt.pacing = pacing;
        attempt.persist();
        return attempt;
    }

    /** The dial was placed as this call. */
    @Transactional
    public void placed(long attemptId, String callId) {
        DialAttempt.<DialAttempt>findByIdOptional(attemptId).ifPresent(a -> a.callId = callId);
    }

    /** The agent skipped the number they previewed: back to the list in an hour, the attempt not counted. */
    @Transactional
    public void skipped(long attemptId) {
        DialAttempt attempt = DialAttempt.findById(attemptId);
        if (attempt == null) {
            return;
        }
        attempt.outcome = "SKIPPED";
        attempt.endedAt = clock.instant();
        CampaignTarget target = CampaignTarget.findById(attempt.targetId);
        if (target != null) {
            target.status = CampaignTarget.Status.PENDING;
            target.attempts = Math.max(0, target.attempts - 1);
            target.nextAttemptAt = clock.instant().plus(Duration.ofHours(1));
        }
    }

    /** The customer picked up (a person, as far as AMD can tell). */
    @Transactional
    public void answered(long attemptId, Instant at) {
        DialAttempt.<DialAttempt>findByIdOptional(attemptId).ifPresent(a -> a.answeredAt = at);
    }

    /** An agent took the answered call. */
    @Transactional
    public void agentConnected(long attemptId, Instant at) {
        DialAttempt.<DialAttempt>findByIdOptional(attemptId).ifPresent(a -> a.agentConnectedAt = at);
    }

    /**
     * No agent within 2 s of the answer: the identification message played and the call counts
     * abandoned; the target is tried again later (the permit keeps the UK's 72 hours).
     */
    @Transactional
    public void abandoned(long attemptId, Instant at) {
        DialAttempt attempt = DialAttempt.findById(attemptId);
        if (attempt == null) {
            return;
        }
        attempt.abandoned = true;
        CampaignTarget target = CampaignTarget.findById(attempt.targetId);
        Campaign campaign = Campaign.findById(attempt.campaignId);
        if (target != null && campaign != null) {
            target.status = target.attempts >= campaign.maxAttempts ? CampaignTarget.Status.EXHAUSTED
                    : CampaignTarget.Status.PENDING;
            target.nextAttemptAt = at.plus(Duration.ofMinutes(campaign.retryNoAnswerMinutes));
        }
    }

    /**
     * How the dial went: the outcome recorded, and the target done, retried after the campaign's
     * delay for the outcome, or out of attempts.
     */
    @Transactional
    public void finished(long attemptId, OriginateOutcome outcome, Instant now) {
        DialAttempt attempt = DialAttempt.findById(attemptId);
        if (attempt == null) {
            return;
        }
        attempt.outcome = outcome.name();
        attempt.endedAt = now;
        CampaignTarget target = CampaignTarget.findById(attempt.targetId);
        Campaign campaign = Campaign.findById(attempt.campaignId);
        if (target == null || campaign == null) {
            return;
        }
        target.lastOutcome = outcome.name();
        if (outcome == OriginateOutcome.ANSWERED && !attempt.abandoned) {
            target.status = CampaignTarget.Status.DONE;
            return;
        }
        if (target.attempts >= campaign.maxAttempts) {
            target.status = CampaignTarget.Status.EXHAUSTED;
            return;
        }
        target.status = CampaignTarget.Status.PENDING;
        target.nextAttemptAt = now.plus(Duration.ofMinutes(switch (outcome) {
            case BUSY -> campaign.retryBusyMinutes;
            case MACHINE -> campaign.retryMachineMinutes;
            default -> campaign.retryNoAnswerMinutes;
        }));
    }

    @Transactional
    public Campaign changeStatus(long id, Campaign.Status status) {
        Campaign campaign = find(id);
        if (campaign.status == Campaign.Status.STOPPED) {
            throw new InvalidInputProblem("status", "a stopped campaign cannot be " + status.name().toLowerCase());
        }
        campaign.status = status;
        return campaign;
    }

    @Transactional
    public Campaign find(long id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null) {
            throw new NotFoundProblem("campaign", id);
        }
        return campaign;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T orElse(T value, T otherwise) {
        return value == null ? otherwise : value;
    }
}
