package switchboard.desktop.screenpop;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.customer.Customer360;
import switchboard.desktop.customer.Customer360Assembler;
import switchboard.desktop.queue.DispositionCode;
import switchboard.desktop.queue.RoutingQueue;
import switchboard.routing.Assignment;

/** Builds the screen-pop an agent gets when a call is given to them. */
@ApplicationScoped
public class ScreenPops {

    private final Customer360Assembler assembler;

    ScreenPops(Customer360Assembler assembler) {
        this.assembler = assembler;
    }

    /**
     * The pop: the call (id, number, queue, wait, the queue's disposition codes), why it came to this agent, what the caller did
     * in the IVR, and either the customer's 360 view with a next-best action, or, for an unknown
     * caller, a new-customer form prefilled with the number.
     */
    @Transactional
    public Map<String, Object> forAssignment(Assignment assignment, String ani, Long customerId,
            Map<String, String> attributes, Instant offeredAt, Instant now) {
        Map<String, Object> pop = new LinkedHashMap<>();
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("callId", assignment.callId());
        call.put("ani", ani);
        call.put("queue", assignment.queue());
        call.put("waitedSeconds", offeredAt == null ? null : Duration.between(offeredAt, now).toSeconds());
        call.put("ringTimeoutSeconds", assignment.ringTimeoutSeconds());
        call.put("dispositionCodes", dispositionCodes(assignment.queue()));
        pop.put("call", call);
        pop.put("why", assignment.explanation());
        pop.put("ivr", attributes);
        if (customerId == null) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("phones", List.of(Map.of("number", ani == null ? "" : ani)));
            form.put("language", attributes.getOrDefault("language", "en"));
            pop.put("customer", null);
            pop.put("newCustomerForm", form);
            return pop;
        }
        Customer360 view = assembler.assemble(customerId);
        pop.put("customer", view);
        pop.put("nextBestAction", NextBestAction.of(view));
        return pop;
    }

    private static List<Map<String, Object>> dispositionCodes(String queueName) {
        RoutingQueue queue = RoutingQueue.find("name", queueName).firstResult();
        return DispositionCode.forQueue(queue == null ? null : queue.id).stream()
                .map(c -> Map.<String, Object>of("code", c.code, "label", c.label, "schedulesCallback", c.schedulesCallback))
                .toList();
    }
}
