package switchboard.pbxsim.pbx;

import java.util.SplittableRandom;

/**
 * How called customers behave, by probability: answer (a person), busy, no answer, answering
 * machine; the rest of the probability is no answer too. Draws are seeded, so runs repeat.
 */
public final class CustomerMix {

    private final double answer;
    private final double busy;
    private final double machine;
    private final long answerAfterMillis;
    private final SplittableRandom random;

    /**
     * @param answer share answered by a person
     * @param busy share busy
     * @param machine share answered by a machine
     * @param answerAfterMillis how long answering takes
     * @param seed the random seed
     */
    public CustomerMix(double answer, double busy, double machine, long answerAfterMillis, long seed) {
        if (answer < 0 || busy < 0 || machine < 0 || answer + busy + machine > 1) {
            throw new IllegalArgumentException("shares must be at least 0 and add up to at most 1");
        }
        this.answer = answer;
        this.busy = busy;
        this.machine = machine;
        this.answerAfterMillis = answerAfterMillis;
        this.random = new SplittableRandom(seed);
    }

    /** The next called customer. Called on the PBX thread only. */
    DeviceBehavior next() {
        double draw = random.nextDouble();
        if (draw < answer) {
            return DeviceBehavior.answersAfter(answerAfterMillis);
        }
        if (draw < answer + busy) {
            return DeviceBehavior.isBusy();
        }
        if (draw < answer + busy + machine) {
            return DeviceBehavior.answeringMachineAfter(answerAfterMillis);
        }
        return DeviceBehavior.neverAnswers();
    }
}
