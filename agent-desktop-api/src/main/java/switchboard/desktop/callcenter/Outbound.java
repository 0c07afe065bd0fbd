package switchboard.desktop.callcenter;

/**
 * A call to place for a campaign, and where to report how it went.
 *
 * @param queue the queue whose agents take the call (its ring and wrap-up times apply)
 * @param team the only team of the queue's agents who take it, or null
 * @param script what the agent says, for the screen-pop
 * @param offer what the agent may offer, for the screen-pop
 * @param callerId the number presented to the customer
 * @param ringSeconds how long the customer's phone rings (15 s or more)
 * @param customerId the customer, if known
 * @param phone the number to dial, E.164
 */
public record Outbound(String campaign, String queue, String team, String script, String offer, String callerId, int ringSeconds,
        Long customerId, String phone, OutboundListener listener) {
}
