package switchboard.routing;

/**
 * A waiting call as supervisors and callers see it.
 *
 * @param callId the call
 * @param position 1 for the next call served
 * @param waitedSeconds how long it has waited
 * @param priority its priority now
 * @param relaxationStep the relaxation step in force
 * @param expectedWaitSeconds position × AHT ÷ agents serving the queue; infinite with nobody serving
 */
public record WaitingCallView(String callId, int position, double waitedSeconds, double priority, int relaxationStep,
        double expectedWaitSeconds) {
}
