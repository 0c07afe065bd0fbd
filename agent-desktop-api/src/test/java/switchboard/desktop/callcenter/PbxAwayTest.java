package switchboard.desktop.callcenter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import switchboard.routing.AgentState;
import switchboard.routing.AgentStatus;

/**
 * While no PBX is connected no agent can be rung: the available agents are paused, so no call
 * is given to them in vain, and they take calls again once the PBX is back.
 */
@QuarkusTest
class PbxAwayTest {

    @Inject
    SimulatedTelephony telephony;
    @Inject
    LiveViews live;

    @Test
    void availableAgentsArePausedWhileThePbxIsAwayAndReadyAgainWhenItIsBack() throws Exception {
        awaitBoard(board -> board.stream().anyMatch(a -> a.state() == AgentState.AVAILABLE), "an available agent");
        telephony.ami().suspend();
        try {
            awaitBoard(board -> board.stream().noneMatch(a -> a.state() == AgentState.AVAILABLE)
                    && board.stream().anyMatch(a -> CtiIntake.PBX_AWAY.equals(a.reason())),
                    "no agent available, some paused for the PBX");
        } finally {
            telephony.ami().resume();
        }
        awaitBoard(board -> board.stream().noneMatch(a -> CtiIntake.PBX_AWAY.equals(a.reason()))
                && board.stream().anyMatch(a -> a.state() == AgentState.AVAILABLE), "the paused agents ready again");
    }

    private void awaitBoard(Predicate<List<AgentStatus>> condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<AgentStatus> board = live.agentBoard().get(5, TimeUnit.SECONDS);
        while (!condition.test(board)) {
            assertTrue(System.nanoTime() < deadline, "never " + what + ": " + board);
            Thread.sleep(100);
            board = live.agentBoard().get(5, TimeUnit.SECONDS);
        }
    }
}
