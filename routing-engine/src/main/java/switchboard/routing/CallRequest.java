package switchboard.routing;

/**
 * A call asking for an agent.
 *
 * @param callId the call
 * @param queue the queue the application chose for the caller's intent and language
 * @param customerId the identified customer, or null
 * @param tier the customer's value tier
 * @param valueScore the customer's value score, 0–100
 * @param churnRisk the customer's churn risk, 0–1
 * @param preferredAgent the agent who last served the customer, or null
 * @param language the caller's language, for the explanation
 * @param verified whether the caller passed identity verification
 */
public record CallRequest(String callId, String queue, String customerId, CustomerTier tier, double valueScore,
        double churnRisk, String preferredAgent, String language, boolean verified) {

    /** A caller nobody identified. */
    public static CallRequest anonymous(String callId, String queue) {
        return new CallRequest(callId, queue, null, CustomerTier.UNKNOWN, 0, 0, null, null, false);
    }

    /** An identified customer of a tier. */
    public static CallRequest of(String callId, String queue, CustomerTier tier, double valueScore, double churnRisk) {
        return new CallRequest(callId, queue, "c-" + callId, tier, valueScore, churnRisk, null, null, true);
    }

    public CallRequest withPreferredAgent(String agentId) {
        return new CallRequest(callId, queue, customerId, tier, valueScore, churnRisk, agentId, language, verified);
    }

    /**
     * How much getting this call right matters, 0–1: value, raised by churn risk (a valuable
     * customer about to leave matters most).
     */
    public double importance() {
        double value = Math.max(0, Math.min(100, valueScore)) / 100;
        double risk = Math.max(0, Math.min(1, churnRisk));
        return Math.min(1, value * (1 + risk) / 1.5 + (tier == CustomerTier.PLATINUM ? 0.1 : 0));
    }
}
