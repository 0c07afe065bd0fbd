package switchboard.desktop.threads;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

/** The application's one thread factory: named daemon threads whose uncaught failures are logged. */
public final class Threads {

    private static final Logger LOG = Logger.getLogger(Threads.class);
    /** Marks the threads that must never wait for I/O. */
    private static final ThreadLocal<Boolean> NEVER_WAITS = ThreadLocal.withInitial(() -> false);

    private Threads() {
    }

    /**
     * Daemon threads named {@code name}, or {@code name-1}, {@code name-2}... when the factory
     * makes more than one, so a thread dump says whose thread it is.
     */
    public static ThreadFactory named(String name) {
        return factory(name, false);
    }

    /**
     * Like {@link #named}, for threads that must never wait for the database or the network
     * (the routing loop): {@link #neverWaits()} is true on them, and the guards of blocking
     * resources check it.
     */
    public static ThreadFactory neverWaiting(String name) {
        return factory(name, true);
    }

    /** Whether the current thread is one that must never wait for I/O. */
    public static boolean neverWaits() {
        return NEVER_WAITS.get();
    }

    private static ThreadFactory factory(String name, boolean neverWaits) {
        AtomicInteger made = new AtomicInteger();
        return work -> {
            int n = made.incrementAndGet();
            Runnable marked = neverWaits ? () -> {
                NEVER_WAITS.set(true);
                work.run();
            } : work;
            Thread thread = new Thread(marked, n == 1 ? name : name + "-" + n);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.errorf(e, "Thread %s failed", t.getName()));
            return thread;
        };
    }
}
