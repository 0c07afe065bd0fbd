package switchboard.routing.dialer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A campaign on a virtual clock, one-second steps: agents, customers who answer with some
 * probability after ringing a while (or not within the ring time), conversations of random
 * length followed by wrap-up, and the 2-second rule (an answered call that finds no agent within
 * 2 s is abandoned). Progressive keeps an agent for every call placed, so it cannot abandon;
 * predictive places calls by {@link PredictivePacer}. Deterministic for a seed.
 */
public final class DialerSimulation {

    /**
     * @param answerRate the share of calls a person answers
     * @param answerAfterSeconds the longest ring before an answer (uniform from 3 s)
     * @param ringSeconds how long an unanswered call rings before it is given up
     * @param meanTalkSeconds the mean conversation (exponential, at least 20 s)
     * @param warmUpHours left out of the figures
     */
    public record Settings(int agents, double answerRate, int answerAfterSeconds, int ringSeconds,
            double meanTalkSeconds, int wrapSeconds, double hours, double warmUpHours, double abandonTarget, long seed) {
    }

    /**
     * @param utilisationPercent talk and wrap-up time over staffed time
     * @param talkMinutesPerAgentHour conversation minutes per staffed agent-hour
     */
    public record Result(String mode, long dialed, long answered, long abandoned, Double abandonRatePercent,
            double utilisationPercent, double talkMinutesPerAgentHour) {
    }

    private record Ringing(long endsAt, boolean answers, int reservedAgent) {
    }

    private static final int GRACE_SECONDS = 2;
    private static final int FREE = -1;

    private final Settings s;
    private final boolean predictive;
    private final SplittableRandom random;
    private final PredictivePacer pacer;
    private final long[] busyUntil;
    private final boolean[] reserved;
    private final List<Ringing> ringing = new ArrayList<>();
    private final Deque<Long> waiting = new ArrayDeque<>();
    private long dialed;
    private long answered;
    private long abandoned;
    private long busySeconds;
    private long talkSeconds;
    private long totalAnswered;
    private long totalAbandoned;

    private DialerSimulation(Settings settings, boolean predictive) {
        this.s = settings;
        this.predictive = predictive;
        this.random = new SplittableRandom(settings.seed());
        this.pacer = new PredictivePacer(settings.abandonTarget());
        this.busyUntil = new long[settings.agents()];
        this.reserved = new boolean[settings.agents()];
    }

    public static Result progressive(Settings settings) {
        return new DialerSimulation(settings, false).run();
    }

    public static Result predictive(Settings settings) {
        return new DialerSimulation(settings, true).run();
    }

    private Result run() {
        long end = Math.round(s.hours() * 3600);
        long warmUp = Math.round(s.warmUpHours() * 3600);
        for (long t = 0; t < end; t++) {
            boolean measured = t >= warmUp;
            settleRinging(t, measured);
            settleWaiting(t, measured);
            place(t, measured);
            if (measured) {
                for (long until : busyUntil) {
                    busySeconds += until > t ? 1 : 0;
                }
            }
        }
        double staffed = (double) s.agents() * (end - warmUp);
        return new Result(predictive ? "predictive" : "progressive", dialed, answered, abandoned,
                answered == 0 ? null : Math.round(1000.0 * abandoned / answered) / 10.0,
                Math.round(1000.0 * busySeconds / staffed) / 10.0,
                Math.round(10.0 * talkSeconds / 60 / (staffed / 3600)) / 10.0);
    }

    private void settleRinging(long t, boolean measured) {
        for (int i = ringing.size() - 1; i >= 0; i--) {
            Ringing call = ringing.get(i);
            if (call.endsAt() > t) {
                continue;
            }
            ringing.remove(i);
            if (!call.answers()) {
                pacer.notAnswered();
                if (call.reservedAgent() != FREE) {
                    reserved[call.reservedAgent()] = false;
                }
                continue;
            }
            if (measured) {
                answered++;
            }
            if (call.reservedAgent() != FREE) {
                reserved[call.reservedAgent()] = false;
                connect(call.reservedAgent(), t, measured);
                pacer.answered(false);
            } else {
                waiting.addLast(t);
            }
        }
    }

    /** Answered calls take a free agent in order; one that waited past the grace period is abandoned. */
    private void settleWaiting(long t, boolean measured) {
        while (!waiting.isEmpty()) {
            int agent = freeAgent(t);
            if (agent != FREE) {
                waiting.removeFirst();
                connect(agent, t, measured);
                pacer.answered(false);
            } else if (t - waiting.peekFirst() >= GRACE_SECONDS) {
                waiting.removeFirst();
                totalAbandoned++;
                if (measured) {
                    abandoned++;
                }
                pacer.answered(true);
            } else {
                return;
            }
        }
    }

    private void place(long t, boolean measured) {
        if (!predictive) {
            for (int agent = freeAgent(t); agent != FREE; agent = freeAgent(t)) {
                reserved[agent] = true;
                dial(t, agent, measured);
            }
            return;
        }
        int free = countFree(t);
        int soon = 0;
        for (int a = 0; a < busyUntil.length; a++) {
            soon += busyUntil[a] > t && busyUntil[a] - t <= s.wrapSeconds() ? 1 : 0;
        }
        double longWindow = totalAnswered == 0 ? Double.NaN : (double) totalAbandoned / totalAnswered;
        int calls = pacer.callsToPlace(Math.max(0, free - waiting.size()), soon, ringing.size(), longWindow);
        for (int i = 0; i < calls; i++) {
            dial(t, FREE, measured);
        }
    }

    private void dial(long t, int reservedAgent, boolean measured) {
        if (measured) {
            dialed++;
        }
        boolean answers = random.nextDouble() < s.answerRate();
        long endsAt = t + (answers ? 3 + random.nextInt(Math.max(1, s.answerAfterSeconds() - 2)) : s.ringSeconds());
        ringing.add(new Ringing(endsAt, answers, reservedAgent));
    }

    private void connect(int agent, long t, boolean measured) {
        totalAnswered++;
        long talk = Math.max(20, Math.round(-s.meanTalkSeconds() * Math.log(1 - random.nextDouble())));
        busyUntil[agent] = t + talk + s.wrapSeconds();
        if (measured) {
            talkSeconds += talk;
        }
    }

    private int freeAgent(long t) {
        for (int a = 0; a < busyUntil.length; a++) {
            if (busyUntil[a] <= t && !reserved[a]) {
                return a;
            }
        }
        return FREE;
    }

    private int countFree(long t) {
        int free = 0;
        for (int a = 0; a < busyUntil.length; a++) {
            free += busyUntil[a] <= t && !reserved[a] ? 1 : 0;
        }
        return free;
    }
}
