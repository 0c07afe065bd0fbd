package switchboard.routing;

/** A clock that moves only when told: for tests and the simulator. */
public final class VirtualClock implements TimeSource {

    private long now;

    public VirtualClock(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public long millis() {
        return now;
    }

    public void advanceSeconds(double seconds) {
        advanceTo(now + Math.round(seconds * 1000));
    }

    public void advanceTo(long millis) {
        if (millis < now) {
            throw new IllegalArgumentException("time cannot go back from " + now + " to " + millis);
        }
        now = millis;
    }
}
