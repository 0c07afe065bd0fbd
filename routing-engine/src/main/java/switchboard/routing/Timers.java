package switchboard.routing;

import java.util.PriorityQueue;

/** Due actions in time order (then in scheduling order), fired by the engine as time passes. */
final class Timers {

    /** What a timer does when it fires; it checks itself whether it is still relevant. */
    @FunctionalInterface
    interface Action {
        void fire(long dueAt);
    }

    private record Timer(long dueAt, long sequence, Action action) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer other) {
            int byTime = Long.compare(dueAt, other.dueAt);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private final PriorityQueue<Timer> due = new PriorityQueue<>();
    private long sequence;

    void at(long dueAt, Action action) {
        due.add(new Timer(dueAt, sequence++, action));
    }

    /** Fires every timer due at or before {@code now}, including those scheduled while firing. */
    void fireUntil(long now) {
        while (!due.isEmpty() && due.peek().dueAt() <= now) {
            Timer timer = due.poll();
            timer.action().fire(timer.dueAt());
        }
    }

    /** When the next timer is due, or {@code Long.MAX_VALUE} with none. */
    long nextDueAt() {
        return due.isEmpty() ? Long.MAX_VALUE : due.peek().dueAt();
    }
}
