package switchboard.desktop.callcenter;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.interaction.Interaction;
import switchboard.desktop.ivr.CrmDirectory;
import switchboard.routing.CallRequest;
import switchboard.routing.CustomerTier;

/** Builds the routing engine's view of a caller from the CRM: tier, value, churn risk, last agent. */
@ApplicationScoped
public class CallerProfiles {

    private final CrmDirectory directory;

    CallerProfiles(CrmDirectory directory) {
        this.directory = directory;
    }

    /**
     * The request for a call: the customer the IVR identified, or the one whose number calls.
     *
     * @param attributes what the IVR set (intent, customerId, language, verified...)
     */
    @Transactional
    public CallRequest request(String callId, String queue, String ani, Map<String, String> attributes) {
        Optional<Customer> customer = Optional.ofNullable(attributes.get("customerId"))
                .filter(id -> id.matches("\\d+")).map(id -> Customer.<Customer>findById(Long.valueOf(id)))
                .or(() -> ani == null ? Optional.empty()
                        : directory.byPhone(ani).map(c -> Customer.<Customer>findById(Long.valueOf(c.customerId()))));
        String language = attributes.get("language");
        boolean verified = "1".equals(attributes.get("verified"));
        if (customer.isEmpty()) {
            return new CallRequest(callId, queue, null, CustomerTier.UNKNOWN, 0, 0, null, language, verified);
        }
        Customer c = customer.get();
        return new CallRequest(callId, queue, String.valueOf(c.id),
                c.valueTier == null ? CustomerTier.UNKNOWN : CustomerTier.valueOf(c.valueTier.name()),
                c.valueScore == null ? 0 : c.valueScore, c.churnRisk == null ? 0 : c.churnRisk, lastAgent(c.id),
                language != null ? language : c.language, verified);
    }

    /** The agent who last talked with the customer: their preferred agent. */
    private static String lastAgent(long customerId) {
        Interaction last = Interaction.find("customerId = ?1 and agentId is not null and outcome = ?2 "
                + "order by offeredAt desc", customerId, Interaction.Outcome.ANSWERED).firstResult();
        if (last == null) {
            return null;
        }
        Agent agent = Agent.findById(last.agentId);
        return agent == null ? null : agent.code;
    }

    /** The customer id of a request, as the CRM keys it. */
    static Long customerId(CallRequest request) {
        return request.customerId() == null ? null : Long.valueOf(request.customerId());
    }
}
