package switchboard.desktop.campaign;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.customer.Customer360Assembler;
import switchboard.desktop.callcenter.DesktopMessage;
import switchboard.desktop.callcenter.DesktopOutbox;
import switchboard.desktop.callcenter.ScreenPop;
import switchboard.desktop.customer.Customer360;

/**
 * Preview dialing: a number the rules allow is shown to an agent kept free for it, with the
 * customer's 360 and the campaign's script; the agent calls or skips. Thread-safe.
 */
@ApplicationScoped
public class Previews {

    /** The {@code preview} message: the number, the campaign, and the customer's 360 if known. */
    record Preview(long attemptId, String phone, ScreenPop.Campaign campaign, Customer360 customer)
            implements DesktopMessage {
        @Override
        public String type() {
            return "preview";
        }
    }

    /** A number waiting for its agent's decision. */
    record Pending(OutboundDial dial, String agent) {
    }

    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final DesktopOutbox desks;
    private final Customer360Assembler assembler;

    Previews(DesktopOutbox desks, Customer360Assembler assembler) {
        this.desks = desks;
        this.assembler = assembler;
    }

    /** Shows the number to the agent's desktop: a {@code preview} message. */
    @Transactional
    void offer(OutboundDial dial, String agent) {
        pending.put(dial.attemptId(), new Pending(dial, agent));
        desks.send(agent, new Preview(dial.attemptId(), dial.phone(),
                new ScreenPop.Campaign(dial.campaign(), dial.script(), dial.offer()),
                dial.customerId() == null ? null : assembler.assemble(dial.customerId())));
    }

    /** The agent's decision on a preview of theirs: the pending number, or empty when it is not theirs. */
    Optional<Pending> decide(long attemptId, String agent) {
        Pending found = pending.get(attemptId);
        if (found == null || !found.agent().equals(agent)) {
            return Optional.empty();
        }
        return Optional.ofNullable(pending.remove(attemptId));
    }
}
