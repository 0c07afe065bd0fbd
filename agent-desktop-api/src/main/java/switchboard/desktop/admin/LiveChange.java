package switchboard.desktop.admin;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An administrator's change to what routing uses: stored in its own transaction first (so a
 * refused change touches nothing), then handed to the running call center, and answered only
 * once routing follows it.
 */
@ApplicationScoped
class LiveChange {

    private static final long FOLLOW_SECONDS = 10;

    /** What was stored, as the administrator sees it, whether it is new, and how routing is told. */
    record Stored<V>(V view, boolean created, Supplier<CompletableFuture<Void>> follow) {
    }

    /** What was stored, and whether it is new. */
    public record Saved<V>(V view, boolean created) {
    }

    <V> Saved<V> apply(Supplier<Stored<V>> store) {
        Stored<V> stored = QuarkusTransaction.requiringNew().call(store::get);
        try {
            stored.follow().get().get(FOLLOW_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Saved; interrupted before live calls followed the change", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Saved, but live calls did not follow the change; restart to apply it", e);
        }
        return new Saved<>(stored.view(), stored.created());
    }
}
