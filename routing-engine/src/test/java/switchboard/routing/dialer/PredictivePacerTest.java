package switchboard.routing.dialer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pacer's decisions, and a long seeded campaign holding the abandon rate under its target. */
class PredictivePacerTest {

    private static final DialerSimulation.Settings FIFTY_AGENTS = new DialerSimulation.Settings(50, 0.30, 15, 20, 150,
            10, 9, 1, 0.03, 20261122);

    @Test
    void withAThirtyPercentAnswerRateItDialsAboutThreeLinesPerFreeAgent() {
        PredictivePacer pacer = new PredictivePacer(0.03);
        for (int i = 0; i < 100; i++) {
            if (i % 10 < 3) {
                pacer.answered(false);
            } else {
                pacer.notAnswered();
            }
        }
        assertEquals(0.30, pacer.answerRate(), 1e-9);
        int lines = pacer.callsToPlace(10, 0, 0, 0.0);
        assertTrue(lines >= 30 && lines <= 35, "lines " + lines);
        assertTrue(pacer.callsToPlace(10, 0, 30, 0.0) <= 3, "calls already ringing count");
        assertEquals(0, pacer.callsToPlace(0, 0, 0, 0.0), "nobody free, nobody soon free");
    }

    @Test
    void overTheTargetOnItsWindowItDialsNoMoreThanOnePerFreeAgent() {
        PredictivePacer pacer = new PredictivePacer(0.03);
        assertEquals(4, pacer.callsToPlace(5, 3, 1, 0.031));
        assertEquals(0, pacer.callsToPlace(2, 0, 5, 0.05));
    }

    @Test
    void recentAbandonsSlowItDown() {
        PredictivePacer calm = new PredictivePacer(0.03);
        PredictivePacer burnt = new PredictivePacer(0.03);
        for (int i = 0; i < 50; i++) {
            calm.answered(false);
            burnt.answered(i % 5 == 0);
        }
        assertTrue(burnt.callsToPlace(10, 0, 0, 0.0) < calm.callsToPlace(10, 0, 0, 0.0));
    }

    @Test
    void aLongSeededPredictiveCampaignKeepsAbandonsUnderThreePercentAndBeatsProgressive() {
        DialerSimulation.Result predictive = DialerSimulation.predictive(FIFTY_AGENTS);
        DialerSimulation.Result progressive = DialerSimulation.progressive(FIFTY_AGENTS);
        assertTrue(predictive.abandonRatePercent() <= 3.0, predictive.toString());
        assertEquals(0L, progressive.abandoned(), "progressive keeps an agent for every call");
        assertTrue(predictive.talkMinutesPerAgentHour() > progressive.talkMinutesPerAgentHour(),
                predictive + " vs " + progressive);
    }
}
