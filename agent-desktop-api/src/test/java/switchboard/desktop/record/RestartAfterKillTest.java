package switchboard.desktop.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import switchboard.desktop.agent.AgentStateChange;

/**
 * A process killed while facts waited in its journal: started again, every fact it had
 * acknowledged is written to the database, each exactly once.
 */
@QuarkusTest
@TestProfile(RestartAfterKill.class)
class RestartAfterKillTest {

    @Inject
    Recorder recorder;

    @Test
    void factsAKilledProcessJournaledAreWrittenOnceAfterTheRestart() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (recorder.waiting() > 0) {
            assertTrue(System.nanoTime() < deadline, recorder.waiting() + " facts still wait in the journal");
            Thread.sleep(100);
        }
        List<String> reasons = QuarkusTransaction.requiringNew().call(() -> AgentStateChange
                .<AgentStateChange>list("agentId = 1 and reason like 'kill-%' order by changedAt").stream()
                .map(change -> change.reason).toList());
        assertTrue(reasons.size() >= RestartAfterKill.acknowledged,
                reasons.size() + " written of " + RestartAfterKill.acknowledged + " acknowledged");
        for (int i = 0; i < reasons.size(); i++) {
            assertEquals("kill-" + (i + 1), reasons.get(i), "the facts in order, each once");
        }
    }
}
