package switchboard.desktop.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import switchboard.desktop.agent.Agent;

/**
 * The loop's rule is enforced: a database query on a thread that must never wait is refused in
 * the tests (and counted), while the same query on an ordinary thread runs.
 */
@QuarkusTest
class NeverWaitingGuardTest {

    @Inject
    NeverWaitingGuard guard;

    @Test
    void aQueryOnANeverWaitingThreadIsRefusedAndCounted() throws Exception {
        double before = guard.caught();
        ExecutorService loopLike = Executors.newSingleThreadExecutor(Threads.neverWaiting("probe-loop"));
        try {
            CompletableFuture<Long> onLoop = CompletableFuture.supplyAsync(
                    () -> QuarkusTransaction.requiringNew().call(() -> Agent.count()), loopLike);
            ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> onLoop.get(10, TimeUnit.SECONDS));
            assertTrue(causes(refused, "must never wait"), "refused for another reason: " + refused);
            assertEquals(before + 1, guard.caught());
        } finally {
            loopLike.shutdownNow();
        }

        ExecutorService ordinary = Executors.newSingleThreadExecutor(Threads.named("probe-worker"));
        try {
            long agents = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> Agent.count()),
                    ordinary).get(10, TimeUnit.SECONDS);
            assertTrue(agents > 0);
            assertEquals(before + 1, guard.caught());
        } finally {
            ordinary.shutdownNow();
        }
    }

    private static boolean causes(Throwable failure, String text) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }
}
