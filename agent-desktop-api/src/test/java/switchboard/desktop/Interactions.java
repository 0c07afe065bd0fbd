package switchboard.desktop;

import java.util.function.Predicate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import switchboard.desktop.interaction.Interaction;

/** Waits for a call's interaction record, as the call center writes it, to reach a state. */
public final class Interactions {

    private Interactions() {
    }

    /** The interaction once it matches; fails after 15 s. */
    public static Interaction await(String callId, Predicate<Interaction> condition) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            Interaction found = QuarkusTransaction.requiringNew()
                    .call(() -> Interaction.<Interaction>find("callId", callId).firstResult());
            if (found != null && condition.test(found)) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("interaction " + callId + " never reached the expected state");
    }
}
