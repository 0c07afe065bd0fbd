package switchboard.cti;

/**
 * What a call-control command came to: success, or the PBX's error in words; every command
 * answers with one.
 *
 * @param callId for a call placed ({@link CallControl#originate}), its call id; else null
 */
public record CommandResult(boolean success, String message, String callId) {

    public static CommandResult ok(String message) {
        return new CommandResult(true, message, null);
    }

    public static CommandResult failed(String message) {
        return new CommandResult(false, message, null);
    }

    /** A call placed as {@code callId}. */
    public static CommandResult placed(String callId, String message) {
        return new CommandResult(true, message, callId);
    }
}
