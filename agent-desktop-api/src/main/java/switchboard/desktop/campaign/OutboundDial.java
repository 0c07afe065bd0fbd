package switchboard.desktop.campaign;

/**
 * A number the rules allow to be dialled now, with what the call needs: the campaign's queue
 * (whose agents take it), script and offer for the screen-pop, the caller id to present and how
 * long to ring.
 *
 * @param attemptId the audit trail's record of this dial
 * @param team the only team whose agents take the call, or null
 */
public record OutboundDial(long attemptId, long campaignId, String campaign, String queue, String team, String script,
        String offer, String callerId, int ringSeconds, long targetId, Long customerId, String phone) {
}
