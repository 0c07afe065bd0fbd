package switchboard.routing.erlang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErlangTest {

    /** The worked example: 360 calls in 30 minutes, AHT 240 s. */
    private static final double LOAD = ErlangC.load(360, 1800, 240);

    @Test
    void erlangCMatchesTheWorkedExample() {
        assertEquals(48.0, LOAD, 1e-9);
        assertEquals(0.239, ErlangC.probabilityOfWaiting(LOAD, 55), 0.0005);
        assertEquals(0.846, ErlangC.serviceLevel(LOAD, 55, 240, 15), 0.0005);
        assertEquals(8.2, ErlangC.asa(LOAD, 55, 240), 0.05);
        assertEquals(0.873, ErlangC.occupancy(LOAD, 55), 0.0005);
    }

    @Test
    void erlangCStaffsEightyTwentyWithFiftyFourAgents() {
        assertEquals(54, ErlangC.agentsFor(LOAD, 240, 20, 0.80));
        assertEquals(0.817, ErlangC.serviceLevel(LOAD, 54, 240, 20), 0.0005);
    }

    @Test
    void anUnstableQueueAlwaysWaits() {
        assertEquals(1.0, ErlangC.probabilityOfWaiting(LOAD, 48));
        assertEquals(0.0, ErlangC.serviceLevel(LOAD, 40, 240, 20));
    }

    @Test
    void erlangAWithEndlessPatienceIsErlangC() {
        ErlangA patient = new ErlangA(360.0 / 1800, 240, 1e9, 55);
        assertEquals(0.239, patient.probabilityOfWaiting(), 0.001);
        assertEquals(0.846, patient.serviceLevel(15), 0.002);
        assertEquals(8.2, patient.asa(), 0.1);
        assertEquals(0.0, patient.probabilityOfAbandoning(), 1e-6);
    }

    @Test
    void impatientCallersAbandonAndRelieveTheQueue() {
        ErlangA impatient = new ErlangA(360.0 / 1800, 240, 60, 50);
        double erlangC = ErlangC.serviceLevel(LOAD, 50, 240, 20);
        assertTrue(impatient.probabilityOfAbandoning() > 0.01, "abandon " + impatient.probabilityOfAbandoning());
        assertTrue(impatient.serviceLevel(20) > erlangC, impatient.serviceLevel(20) + " vs " + erlangC);
        assertTrue(impatient.asa() < ErlangC.asa(LOAD, 50, 240));
    }

    @Test
    void erlangAIsStableEvenWhenOverloaded() {
        // 48 Erlangs on 40 agents with a minute's patience. Reference values from the birth-death
        // chain summed directly to 3,000 states: P(wait) 0.6764, P(abandon) 0.1907.
        ErlangA overloaded = new ErlangA(360.0 / 1800, 240, 60, 40);
        assertEquals(0.6764, overloaded.probabilityOfWaiting(), 0.0005);
        double abandon = overloaded.probabilityOfAbandoning();
        assertEquals(0.1907, abandon, 0.0005);
        // At least the excess load, 8 of 48 Erlangs, must leave.
        assertTrue(abandon > 8.0 / 48);
        double sl = overloaded.serviceLevel(20);
        assertTrue(sl > 0 && sl < 1, "sl " + sl);
    }

    @Test
    void erlangANeedsNoMoreAgentsThanErlangC() {
        int a = ErlangA.agentsFor(360.0 / 1800, 240, 120, 20, 0.8);
        assertTrue(a <= 54 && a >= 48, "agents " + a);
    }
}
