package switchboard.routing.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import switchboard.routing.CustomerTier;
import switchboard.routing.Strategy;
import switchboard.routing.erlang.ErlangC;

class SimulatorTest {

    @Test
    void aFifoSingleSkillQueueAgreesWithErlangC() {
        // 720 calls an hour, AHT 240 s, 55 agents: Erlang C says 84.6 % within 15 s, ASA 8.2 s.
        Scenario scenario = Scenarios.erlangC(720, 240, 55, 60);
        SimulationResult result = Simulator.run(scenario, Trace.generate(scenario, 11), q -> q, 11);
        Outcome support = result.byQueue().get("support");
        double erlangSl = ErlangC.serviceLevel(48, 55, 240, 15);
        assertTrue(support.offered() > 40_000, "offered " + support.offered());
        assertEquals(erlangSl, support.serviceLevel(), 0.025, "simulated SL " + support.serviceLevel());
        assertEquals(ErlangC.asa(48, 55, 240), support.asaSeconds(), 2.0, "simulated ASA " + support.asaSeconds());
        assertEquals(0, support.abandoned());
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        Scenario scenario = Scenarios.valueMix(4);
        Trace trace = Trace.generate(scenario, 5);
        assertEquals(trace, Trace.generate(scenario, 5));
        assertEquals(Simulator.run(scenario, trace, Scenarios.valueMatched(), 5),
                Simulator.run(scenario, trace, Scenarios.valueMatched(), 5));
    }

    @Test
    void valueMatchedRoutingServesTheTopTierBetterAtAlmostTheSameOverallServiceLevel() {
        Scenario scenario = Scenarios.valueMix(24);
        Trace trace = Trace.generate(scenario, 2026);
        SimulationResult value = Simulator.run(scenario, trace, Scenarios.valueMatched(), 1);
        SimulationResult fifo = Simulator.run(scenario, trace, Scenarios.fifo(Strategy.LEAST_RECENT), 1);
        double valuePlatinum = value.byTier().get(CustomerTier.PLATINUM).serviceLevel();
        double fifoPlatinum = fifo.byTier().get(CustomerTier.PLATINUM).serviceLevel();
        assertTrue(valuePlatinum > fifoPlatinum + 0.10,
                "PLATINUM SL value-matched " + valuePlatinum + " vs FIFO " + fifoPlatinum);
        assertTrue(value.byTier().get(CustomerTier.PLATINUM).abandonRate()
                < fifo.byTier().get(CustomerTier.PLATINUM).abandonRate());
        double valueSkill = value.byTier().get(CustomerTier.PLATINUM).meanAgentProficiency();
        double fifoSkill = fifo.byTier().get(CustomerTier.PLATINUM).meanAgentProficiency();
        assertTrue(valueSkill > fifoSkill + 0.3, "PLATINUM agents' proficiency " + valueSkill + " vs " + fifoSkill);
        assertEquals(fifo.overall().serviceLevel(), value.overall().serviceLevel(), 0.05,
                "overall SL value-matched " + value.overall().serviceLevel() + " vs FIFO " + fifo.overall().serviceLevel());
    }
}
