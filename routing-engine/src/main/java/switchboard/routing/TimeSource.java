package switchboard.routing;

/** Where the engine reads the time: the wall clock in production, a {@link VirtualClock} in tests. */
@FunctionalInterface
public interface TimeSource {

    /** Milliseconds since the epoch (or any fixed origin), never decreasing. */
    long millis();
}
