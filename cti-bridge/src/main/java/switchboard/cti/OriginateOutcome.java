package switchboard.cti;

/** How an originated call went, from Asterisk's OriginateResponse Reason. */
public enum OriginateOutcome {
    ANSWERED, BUSY, NO_ANSWER, MACHINE, FAILED;

    /** Reason 4 answered, 5 busy, 3 and 1 no answer (timeout, hung up while ringing), 8 congestion and 0 failed. */
    public static OriginateOutcome ofReason(int reason) {
        return switch (reason) {
            case 4 -> ANSWERED;
            case 5 -> BUSY;
            case 1, 3 -> NO_ANSWER;
            default -> FAILED;
        };
    }
}
