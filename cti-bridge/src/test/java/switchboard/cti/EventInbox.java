package switchboard.cti;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Collects a bridge's events for a test, which waits for the next of a kind. */
final class EventInbox implements CtiListener {

    private final BlockingQueue<CtiEvent> events = new LinkedBlockingQueue<>();
    private final List<CtiEvent> received = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(CtiEvent event) {
        received.add(event);
        events.add(event);
    }

    /** How many events of a type arrived so far, whether a test waited for them or not. */
    long count(Class<? extends CtiEvent> type) {
        return received.stream().filter(type::isInstance).count();
    }

    /** The next event of a type, skipping others; fails after 15 s. */
    <T extends CtiEvent> T next(Class<T> type) throws InterruptedException {
        CtiEvent event;
        while ((event = events.poll(15, TimeUnit.SECONDS)) != null) {
            if (type.isInstance(event)) {
                return type.cast(event);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within 15 s");
    }
}
