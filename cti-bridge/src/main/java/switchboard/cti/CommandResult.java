package switchboard.cti;

/** What a call-control command came to: success, or the PBX's error in words. */
public record CommandResult(boolean success, String message) {

    public static CommandResult ok(String message) {
        return new CommandResult(true, message);
    }

    public static CommandResult failed(String message) {
        return new CommandResult(false, message);
    }
}
