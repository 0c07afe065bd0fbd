package switchboard.pbxsim.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import switchboard.pbxsim.pbx.SimulatedPbx;

/**
 * Replay: the simulator, running the reference system's dialplan, is sent the actions of the
 * real Asterisk 22.10.1 capture as they were sent, and answers with the same events in the same
 * order with the same key fields (names, states, contexts, applications, causes, and how
 * channels and unique ids relate).
 */
class CaptureReplayTest {

    private static final Capture CAPTURE = Capture.reference();

    private SimulatedPbx pbx;
    private AmiServer server;

    @BeforeEach
    void start() throws Exception {
        pbx = SimulatedPbx.referenceLab();
        server = new AmiServer(pbx, Map.of("cti", "cti-secret")).start(0);
    }

    @AfterEach
    void stop() {
        server.close();
        pbx.close();
    }

    @Test
    void anOriginatedLocalChannelRunningAnApplicationListedWhileItRuns() throws Exception {
        assertReplays(Set.of("CTI_TAG"), "orig-wait-1", "channels-1");
    }

    @Test
    void clickToDialFromAnAgentsPhoneToACustomerHungUpByPattern() throws Exception {
        assertReplays(Set.of(), "orig-c2d-1", "hangup-1");
    }

    /**
     * app_queue rings every member at once; on Asterisk each member's channels and the caller's
     * run on threads of their own, so their events interleave as they happen to. Compared: every
     * channel's own events in order, the members by their part (the one connected, the one
     * cancelled). A QueueStatus while the call is connected shows the member in the call. The
     * waits of the reference dialplan run a tenth as long.
     */
    @Test
    void aQueueCallerRingsEveryMemberAndTheFirstToAnswerIsConnected() throws Exception {
        pbx.timeScale(0.1);
        try (RawAmiClient client = new RawAmiClient(server.port(), "cti", "cti-secret")) {
            client.send(CAPTURE.action("orig-queue-1").headers());
            client.readUntilQuiet(1_000);
            client.send(CAPTURE.action("queuestatus-2").headers());
            client.readUntilAllHungUp(20_000, 500);
            assertEquals(String.join("\n", CallProjection.of(CAPTURE.answersWithId("queuestatus-2"))),
                    String.join("\n", CallProjection.of(client.received().stream()
                            .filter(m -> "queuestatus-2".equals(m.get("ActionID"))).toList())),
                    "QueueStatus while a member is connected");
            Map<String, List<String>> expected = CallProjection.ofOriginateByChannel(
                    CAPTURE.serverMessagesAfter("orig-queue-1"), "orig-queue-1", Set.of("CTI_TAG"));
            Map<String, List<String>> actual = CallProjection.ofOriginateByChannel(client.received(), "orig-queue-1",
                    Set.of("CTI_TAG"));
            Path dir = Files.createDirectories(Path.of("target", "replay"));
            Files.writeString(dir.resolve("orig-queue-1.capture.txt"), render(expected));
            Files.writeString(dir.resolve("orig-queue-1.simulator.txt"), render(actual));
            assertEquals(render(expected), render(actual),
                    "diff target/replay/orig-queue-1.capture.txt target/replay/orig-queue-1.simulator.txt");
        }
    }

    private static String render(Map<String, List<String>> byChannel) {
        StringBuilder text = new StringBuilder();
        byChannel.forEach((channel, lines) -> text.append("== ").append(channel).append('\n')
                .append(String.join("\n", lines)).append('\n'));
        return text.toString();
    }

    @Test
    void queueMembersAreListedAddedPausedAndRemoved() throws Exception {
        try (RawAmiClient client = new RawAmiClient(server.port(), "cti", "cti-secret")) {
            for (String action : List.of("queuestatus-1", "queueadd-1", "queuepause-1", "queueunpause-1",
                    "queueremove-1")) {
                client.send(CAPTURE.action(action).headers());
                client.readUntilQuiet(300);
                assertEquals(String.join("\n", CallProjection.of(CAPTURE.answersTo(action))),
                        String.join("\n", CallProjection.of(client.received())), action);
                client.clear();
            }
        }
    }

    /**
     * Sends the actions, each after the PBX has gone quiet, and the last one's call to its end;
     * compares the first action's call as both PBXs reported it, and the answers to the others.
     */
    private void assertReplays(Set<String> variables, String... actionIds) throws Exception {
        try (RawAmiClient client = new RawAmiClient(server.port(), "cti", "cti-secret")) {
            for (int i = 0; i < actionIds.length; i++) {
                client.send(CAPTURE.action(actionIds[i]).headers());
                if (i < actionIds.length - 1) {
                    client.readUntilQuiet(1_000);
                } else {
                    client.readUntilAllHungUp(15_000, 500);
                }
            }
            List<String> expected = CallProjection.ofOriginate(CAPTURE.serverMessagesAfter(actionIds[0]), actionIds[0], variables);
            List<String> actual = CallProjection.ofOriginate(client.received(), actionIds[0], variables);
            for (String later : List.of(actionIds).subList(1, actionIds.length)) {
                assertEquals(String.join("\n", CallProjection.of(CAPTURE.answersWithId(later))),
                        String.join("\n", CallProjection.of(client.received().stream()
                                .filter(m -> later.equals(m.get("ActionID"))).toList())), later);
            }
            Path dir = Files.createDirectories(Path.of("target", "replay"));
            Files.write(dir.resolve(actionIds[0] + ".capture.txt"), expected);
            Files.write(dir.resolve(actionIds[0] + ".simulator.txt"), actual);
            assertEquals(String.join("\n", expected), String.join("\n", actual),
                    "diff target/replay/" + actionIds[0] + ".capture.txt target/replay/" + actionIds[0] + ".simulator.txt");
        }
    }
}
