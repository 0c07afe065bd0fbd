package switchboard.pbxsim.pbx;

/**
 * How a simulated device (an agent's phone, a called customer) answers when dialled.
 *
 * @param answerAfterMillis when it answers; negative never
 * @param busy whether it is busy (Dial returns BUSY at once)
 * @param machine whether what answers is an answering machine
 */
public record DeviceBehavior(long answerAfterMillis, boolean busy, boolean machine) {

    public static DeviceBehavior answersAfter(long millis) {
        return new DeviceBehavior(millis, false, false);
    }

    public static DeviceBehavior answeringMachineAfter(long millis) {
        return new DeviceBehavior(millis, false, true);
    }

    /** Rings until {@link SimulatedPbx#answerDevice} is called for it (or the ring timeout). */
    public static DeviceBehavior answersWhenTold() {
        return neverAnswers();
    }

    public static DeviceBehavior neverAnswers() {
        return new DeviceBehavior(-1, false, false);
    }

    public static DeviceBehavior isBusy() {
        return new DeviceBehavior(-1, true, false);
    }
}
