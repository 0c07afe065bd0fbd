package switchboard.pbxsim.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import switchboard.pbxsim.pbx.DeviceBehavior;
import switchboard.pbxsim.pbx.SimulatedPbx;

class TrafficGeneratorTest {

    private static TrafficProfile profile(double patienceSeconds) {
        return new TrafficProfile(1_200, List.of("+14155550134"), 0.5, Map.of("billing", 2.0, "support", 1.0),
                Map.of("en", 1.0), "18005550100", patienceSeconds, 0.3, 99);
    }

    @Test
    void aProfileIsReadFromConfigurationWithClearErrors() {
        Properties config = new Properties();
        config.setProperty("traffic.calls-per-minute", "30");
        config.setProperty("traffic.known-numbers", "+14155550134, +442079460958");
        config.setProperty("traffic.known-share", "0.7");
        config.setProperty("traffic.intents", "billing:3, support:1");
        config.setProperty("traffic.languages", "en:4,es");
        config.setProperty("traffic.dnis", "18005550100");
        config.setProperty("traffic.mean-patience-seconds", "90");
        config.setProperty("traffic.mean-talk-seconds", "240");
        config.setProperty("traffic.seed", "7");
        TrafficProfile profile = TrafficProfile.from(config, "traffic.");
        assertEquals(List.of("+14155550134", "+442079460958"), profile.knownNumbers());
        assertEquals(Map.of("billing", 3.0, "support", 1.0), profile.intents());
        assertEquals(Map.of("en", 4.0, "es", 1.0), profile.languages());
        config.setProperty("traffic.mean-talk-seconds", "long");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> TrafficProfile.from(config, "traffic."));
        assertEquals("traffic setting traffic.mean-talk-seconds must be a number, not 'long'", bad.getMessage());
    }

    @Test
    void callersNobodyAnswersGiveUpAfterTheirPatience() throws Exception {
        try (SimulatedPbx pbx = SimulatedPbx.withSwitchboardDialplan();
                TrafficGenerator traffic = new TrafficGenerator(pbx, profile(0.3))) {
            traffic.start();
            Thread.sleep(1_500);
            traffic.stop();
            Thread.sleep(3_000);
            TrafficGenerator.Counts counts = traffic.counts();
            assertTrue(counts.placed() >= 10 && counts.placed() <= 60, "placed " + counts.placed());
            assertEquals(counts.placed(), counts.gaveUp());
            assertEquals(0, counts.talked());
            assertTrue(pbx.coreShowChannels().isEmpty());
        }
    }

    @Test
    void answeredCallersTalkAndHangUp() throws Exception {
        try (SimulatedPbx pbx = SimulatedPbx.withSwitchboardDialplan();
                TrafficGenerator traffic = new TrafficGenerator(pbx, profile(60))) {
            pbx.defaultDevice(DeviceBehavior.answersAfter(50));
            Set<String> routed = ConcurrentHashMap.newKeySet();
            // A stand-in ACD: every caller handed over goes straight to an agent.
            pbx.subscribe(event -> {
                if ("SwitchboardRouteRequest".equals(event.get("UserEvent").orElse(""))) {
                    String caller = event.get("Uniqueid").orElseThrow();
                    if (routed.add(caller)) {
                        new Thread(() -> {
                            pbx.setVariable(caller, "SWB_AGENT_INTERFACE", "PJSIP/1" + routed.size());
                            pbx.setVariable(caller, "SWB_RING_TIMEOUT", "5");
                            pbx.redirect(caller, "switchboard-agent", "dial");
                        }).start();
                    }
                }
            });
            traffic.start();
            Thread.sleep(1_000);
            traffic.stop();
            Thread.sleep(4_000);
            TrafficGenerator.Counts counts = traffic.counts();
            assertTrue(counts.placed() >= 5, "placed " + counts.placed());
            assertEquals(counts.placed(), counts.talked());
            assertEquals(0, counts.gaveUp());
            assertTrue(pbx.coreShowChannels().isEmpty(), "calls left: " + pbx.coreShowChannels().size());
        }
    }
}
