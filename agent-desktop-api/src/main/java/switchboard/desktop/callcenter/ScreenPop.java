package switchboard.desktop.callcenter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import switchboard.desktop.customer.CallerProfile;
import switchboard.desktop.customer.Customer360;
import switchboard.routing.Assignment;
import switchboard.routing.RoutingExplanation;

/**
 * The pop an agent gets when a call is given to them, before their phone rings: the call, why
 * it came to them, what the caller did in the IVR, and either the customer's 360 view with a
 * next-best action or, for an unknown caller, a new-customer form prefilled with the number.
 * Built on the routing loop from what is in memory; built here only.
 *
 * @param answerOnDesktop whether the desktop's Answer button picks up the phone (simulated phones)
 * @param campaign for a campaign's call, what it is for; else null
 */
public record ScreenPop(Call call, RoutingExplanation why, Map<String, String> ivr, Customer360 customer,
        NewCustomerForm newCustomerForm, String nextBestAction, boolean answerOnDesktop, Campaign campaign)
        implements DesktopMessage {

    /** The call: id, number, queue, how long the caller waited, the ring time and the queue's codes. */
    public record Call(String callId, String ani, String queue, Long waitedSeconds, int ringTimeoutSeconds,
            List<DispositionOption> dispositionCodes) {
    }

    /** For an unknown caller: what the agent starts a customer record from. */
    public record NewCustomerForm(List<Map<String, String>> phones, String language) {
    }

    /** A campaign's call: its name, the agent's script and the offer. */
    public record Campaign(String name, String script, String offer) {
    }

    @Override
    public String type() {
        return "screen-pop";
    }

    static ScreenPop of(Assignment assignment, ActiveCall call, List<DispositionOption> codes, boolean answerOnDesktop,
            Instant now) {
        Call about = new Call(assignment.callId(), call.ani, assignment.queue(),
                call.offeredAt == null ? null : Duration.between(call.offeredAt, now).toSeconds(),
                assignment.ringTimeoutSeconds(), codes);
        Campaign campaign = call.outbound == null ? null
                : new Campaign(call.outbound.campaign(), call.outbound.script(), call.outbound.offer());
        CallerProfile profile = call.profile;
        if (profile == null) {
            NewCustomerForm form = new NewCustomerForm(List.of(Map.of("number", call.ani == null ? "" : call.ani)),
                    call.ivr.getOrDefault("language", "en"));
            return new ScreenPop(about, assignment.explanation(), call.ivr, null, form, null, answerOnDesktop, campaign);
        }
        return new ScreenPop(about, assignment.explanation(), call.ivr, profile.view(), null, profile.nextBestAction(),
                answerOnDesktop, campaign);
    }
}
