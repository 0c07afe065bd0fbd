package switchboard.desktop.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.dnc.DoNotCallList;
import switchboard.desktop.figures.Figures;

/** Progress and compliance figures of campaigns, from their targets and the audit trail. */
@ApplicationScoped
public class CampaignFigures {

    private final Clock clock;
    private final DoNotCallList doNotCall;

    CampaignFigures(Clock clock, DoNotCallList doNotCall) {
        this.clock = clock;
        this.doNotCall = doNotCall;
    }

    @Transactional
    public CampaignView view(Campaign c, Integer agentsFree) {
        return view(c, agentsFree, null);
    }

    /** The campaigns running or paused, live: for the wallboard. */
    @Transactional
    public List<CampaignView> live(ToIntFunction<String> agentsBusyIn) {
        return Campaign.<Campaign>list("status in ?1 order by id", List.of(Campaign.Status.RUNNING, Campaign.Status.PAUSED))
                .stream().map(c -> view(c, null, agentsBusyIn.applyAsInt(c.queue.name))).toList();
    }

    private CampaignView view(Campaign c, Integer agentsFree, Integer agentsBusy) {
        Map<String, Long> targets = new LinkedHashMap<>();
        for (CampaignTarget.Status status : CampaignTarget.Status.values()) {
            targets.put(status.name(), CampaignTarget.count("campaignId = ?1 and status = ?2", c.id, status));
        }
        long dialed = DialAttempt.count("campaignId = ?1 and callId is not null", c.id);
        long answered = DialAttempt.count("campaignId = ?1 and answeredAt is not null", c.id);
        long remaining = targets.get("PENDING") + targets.get("DIALING");
        return new CampaignView(c.id, c.name, c.status.name(), c.mode.name(), c.queue.name, c.script, c.offer,
                c.callerId, c.maxAttempts, c.windowStart, c.windowEnd, c.rules.name(), c.abandonTargetPercent,
                c.ringSeconds, targets, dialed, answered, Figures.percent(answered, dialed), remaining, agentsFree,
                abandonRatePercent(c, clock.instant().minus(complianceWindow(c))), agentsBusy);
    }

    /** The window the campaign's abandon rate is held over: 24 hours under UK rules, 30 days under US rules. */
    public static Duration complianceWindow(Campaign c) {
        return c.rules == Campaign.Rules.UK ? Duration.ofHours(24) : Duration.ofDays(30);
    }

    /**
     * Abandoned ÷ answered by a person since {@code since}, as a percentage; null without answers.
     * Under UK rules, the estimated share of answering-machine outcomes that were people counts
     * as answered and abandoned both.
     */
    @Transactional
    public Double abandonRatePercent(Campaign c, Instant since) {
        double answered = DialAttempt.count("campaignId = ?1 and answeredAt is not null and decidedAt >= ?2", c.id, since);
        double abandoned = DialAttempt.count("campaignId = ?1 and abandoned = true and decidedAt >= ?2", c.id, since);
        if (c.rules == Campaign.Rules.UK && c.amdFalsePositivePercent.signum() > 0) {
            double machines = DialAttempt.count("campaignId = ?1 and outcome = ?2 and decidedAt >= ?3", c.id, "MACHINE", since);
            double people = machines * c.amdFalsePositivePercent.doubleValue() / 100;
            answered += people;
            abandoned += people;
        }
        return answered == 0 ? null : Figures.percent(abandoned / answered);
    }

    @Transactional
    public ComplianceReport compliance(Campaign c) {
        Instant now = clock.instant();
        return new ComplianceReport(c.id, abandonRatePercent(c, now.minus(Duration.ofHours(24))),
                abandonRatePercent(c, now.minus(Duration.ofDays(30))), c.abandonTargetPercent.doubleValue(),
                callsOutsideWindow(c), DialAttempt.count("campaignId = ?1 and allowed = false and reason = ?2", c.id,
                        "on a do-not-call list"),
                DialAttempt.count("campaignId = ?1 and allowed = false and reason = ?2", c.id, "no consent to phone calls"),
                DialAttempt.count("campaignId", c.id), doNotCall.externalLists().stream()
                        .filter(DoNotCallList.ListInfo::stale).map(DoNotCallList.ListInfo::source).toList());
    }

    /**
     * Recomputed from each placed call's time and its number's zone, not from the decision's own
     * words: one query, the database converting each time to the number's local time.
     */
    private static long callsOutsideWindow(Campaign c) {
        Number outside = (Number) DialAttempt.getEntityManager().createNativeQuery("""
                select count(*) from dial_attempt a join campaign_target t on t.id = a.target_id
                where a.campaign_id = ?1 and a.allowed
                  and (cast(a.decided_at at time zone t.time_zone as time) < greatest(cast(?2 as time), cast(?4 as time))
                    or cast(a.decided_at at time zone t.time_zone as time) >= least(cast(?3 as time), cast(?5 as time)))
                """).setParameter(1, c.id).setParameter(2, c.windowStart).setParameter(3, c.windowEnd)
                .setParameter(4, DialPermits.EARLIEST).setParameter(5, DialPermits.LATEST).getSingleResult();
        return outside.longValue();
    }
}
