package switchboard.pbxsim.pbx;

/**
 * How a simulated device (an agent's phone) answers when dialled.
 *
 * @param answerAfterMillis when it answers; negative never
 * @param busy whether it is busy (answers nothing, Dial returns BUSY at once)
 */
public record DeviceBehavior(long answerAfterMillis, boolean busy) {

    public static DeviceBehavior answersAfter(long millis) {
        return new DeviceBehavior(millis, false);
    }

    public static DeviceBehavior neverAnswers() {
        return new DeviceBehavior(-1, false);
    }

    public static DeviceBehavior isBusy() {
        return new DeviceBehavior(-1, true);
    }
}
