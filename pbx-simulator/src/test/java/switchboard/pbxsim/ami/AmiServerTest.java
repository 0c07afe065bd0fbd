package switchboard.pbxsim.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.action.CommandAction;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.GetVarAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.asteriskjava.manager.action.StatusAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DialEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.event.StatusEvent;
import org.asteriskjava.manager.response.CommandResponse;
import org.asteriskjava.manager.response.GetVarResponse;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import switchboard.pbxsim.pbx.Dialplan;
import switchboard.pbxsim.pbx.SimulatedPbx;

/** Asterisk-Java against the simulator over TCP: it must not tell it from Asterisk 22. */
class AmiServerTest {

    private SimulatedPbx pbx;
    private AmiServer server;
    private ManagerConnection connection;
    private final BlockingQueue<ManagerEvent> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        pbx = new SimulatedPbx(Dialplan.referenceLab());
        server = new AmiServer(pbx, Map.of("cti", "cti-secret")).start(0);
        connection = new ManagerConnectionFactory("127.0.0.1", server.port(), "cti", "cti-secret")
                .createManagerConnection();
        connection.addEventListener(events::add);
    }

    @AfterEach
    void stop() {
        if (connection.getState() == ManagerConnectionState.CONNECTED) {
            connection.logoff();
        }
        server.close();
        pbx.close();
    }

    @Test
    void asteriskJavaLogsInWithMd5AndSeesAsterisk22() throws Exception {
        connection.login();
        assertEquals(ManagerConnectionState.CONNECTED, connection.getState());
        assertTrue(connection.getVersion().toString().contains("22"), connection.getVersion().toString());
        ManagerResponse pong = connection.sendAction(new PingAction());
        assertEquals("Success", pong.getResponse());
        assertEquals("Pong", pong.getAttributes().get("ping"));
    }

    @Test
    void aWrongSecretIsRefused() {
        ManagerConnection wrong = new ManagerConnectionFactory("127.0.0.1", server.port(), "cti", "nope")
                .createManagerConnection();
        assertThrows(AuthenticationFailedException.class, wrong::login);
    }

    @Test
    void coreShowVersionNamesAsterisk22() throws Exception {
        connection.login();
        CommandResponse version = (CommandResponse) connection.sendAction(new CommandAction("core show version"));
        assertTrue(version.getResult().get(0).startsWith("Asterisk 22.10.1"), version.getResult().toString());
    }

    @Test
    void anAsyncOriginateOfALocalChannelProducesTheCapturedEventSequence() throws Exception {
        connection.login();
        events.clear();
        OriginateAction originate = new OriginateAction();
        originate.setChannel("Local/5551234@from-trunk");
        originate.setApplication("Wait");
        originate.setData("1");
        originate.setCallerId("\"Trunk Test\" <5551234>");
        originate.setVariables(Map.of("CTI_TAG", "wait-test"));
        originate.setAsync(true);
        ManagerResponse queued = connection.sendAction(originate, 5000);
        assertEquals("Originate successfully queued", queued.getMessage());

        List<String> seen = new ArrayList<>();
        ManagerEvent event;
        int hangups = 0;
        while (hangups < 2 && (event = events.poll(10, TimeUnit.SECONDS)) != null) {
            if (event.getClass() == DialEvent.class) {
                continue; // synthesized by Asterisk-Java for each DialBegin; not on the wire
            }
            seen.add(event.getClass().getSimpleName().replaceFirst("Event$", ""));
            if (event instanceof HangupEvent) {
                hangups++;
            }
            if (event instanceof OriginateResponseEvent response) {
                assertEquals(4, response.getReason());
            }
        }
        // Asterisk 22.10.1, reference capture, Originate Local/5551234@from-trunk Application Wait
        // (without the Cdr and DeviceStateChange events, which the simulator does not produce).
        assertEquals(List.of("NewChannel", "NewChannel", "NewExten", "VarSet", "NewCallerId", "NewConnectedLine",
                "VarSet", "NewCallerId", "NewConnectedLine", "LocalBridge", "DialBegin", "NewExten", "NewExten",
                "NewState", "NewState", "OriginateResponse", "DialEnd", "NewExten", "NewExten", "NewCallerId", "NewExten",
                "HangupRequest", "SoftHangupRequest", "Hangup", "NewExten", "Hangup"), seen);
    }

    @Test
    void localPairsShareTheFirstHalfsLinkedidAndTheChannelIdIsTheUniqueid() throws Exception {
        connection.login();
        events.clear();
        OriginateAction originate = new OriginateAction();
        originate.setChannel("Local/5551234@from-trunk");
        originate.setApplication("Wait");
        originate.setData("5");
        originate.setChannelId("call-42");
        originate.setAsync(true);
        connection.sendAction(originate);
        NewChannelEvent one = next(NewChannelEvent.class);
        NewChannelEvent two = next(NewChannelEvent.class);
        assertEquals("call-42", one.getUniqueId());
        assertEquals("call-42", one.getLinkedid());
        assertEquals("call-42;2", two.getUniqueId());
        assertEquals("call-42", two.getLinkedid());
        assertTrue(one.getChannel().endsWith(";1") && two.getChannel().endsWith(";2"));
    }

    @Test
    void variablesChannelsAndHangupWorkByNameAndUniqueid() throws Exception {
        connection.login();
        OriginateAction originate = new OriginateAction();
        originate.setChannel("Local/5551234@from-trunk");
        originate.setApplication("Wait");
        originate.setData("30");
        originate.setChannelId("held-1");
        originate.setAsync(true);
        connection.sendAction(originate);
        next(OriginateResponseEvent.class);

        assertEquals("Success", connection.sendAction(new SetVarAction("held-1", "SWB_INTENT", "billing")).getResponse());
        GetVarResponse value = (GetVarResponse) connection.sendAction(new GetVarAction("held-1", "SWB_INTENT"));
        assertEquals("billing", value.getValue());
        assertEquals("Error", connection.sendAction(new GetVarAction("nope", "X")).getResponse());

        var list = connection.sendEventGeneratingAction(new CoreShowChannelsAction(), 5000);
        List<String> channels = list.getEvents().stream().filter(CoreShowChannelEvent.class::isInstance)
                .map(e -> ((CoreShowChannelEvent) e).getChannel()).toList();
        assertEquals(2, channels.size(), channels.toString());

        var status = connection.sendEventGeneratingAction(new StatusAction("held-1"), 5000);
        StatusEvent held = status.getEvents().stream().filter(StatusEvent.class::isInstance)
                .map(StatusEvent.class::cast).findFirst().orElseThrow();
        assertEquals("held-1", held.getUniqueId());
        assertEquals("Wait", held.getApplication());
        assertEquals("billing", held.getVariables().get("SWB_INTENT"));

        ManagerResponse hungUp = connection.sendAction(new HangupAction("held-1"));
        assertEquals("Channel Hungup", hungUp.getMessage());
        assertEquals("No such channel", connection.sendAction(new HangupAction("held-1")).getMessage());
    }

    @Test
    void badRequestsGetAsterisksErrorsAndTheConnectionStaysUp() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) Duration.ofSeconds(5).toMillis());
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            assertEquals("Asterisk Call Manager/11.0.0", in.readLine());
            write(out, "Action: CoreSettings\r\nActionID: early\r\n\r\n");
            assertEquals(List.of("Response: Error", "ActionID: early", "Message: Permission denied"), readMessage(in));
            write(out, "Action: Login\r\nActionID: a1\r\nUsername: cti\r\nSecret: cti-secret\r\n\r\n");
            assertEquals("Message: Authentication accepted", readMessage(in).get(2));
            readMessage(in);
            write(out, "ActionID: x\r\nFoo: bar\r\n\r\n");
            assertEquals("Message: Missing action in request", readMessage(in).get(2));
            write(out, "Action: Frobnicate\r\nActionID: 17#weird id\r\n\r\n");
            List<String> unknown = readMessage(in);
            assertEquals("ActionID: 17#weird id", unknown.get(1));
            assertTrue(unknown.get(2).startsWith("Message: Invalid/unknown command: Frobnicate."), unknown.toString());
            write(out, "Action: Ping\r\nActionID: still-here\r\n\r\n");
            assertEquals(List.of("Response: Success", "ActionID: still-here", "Ping: Pong"),
                    readMessage(in).subList(0, 3));
        }
    }

    @Test
    void hangupByPatternAnswersWithAListOfTheChannelsItHungUp() throws Exception {
        connection.login();
        for (String id : List.of("p-1", "p-2")) {
            OriginateAction originate = new OriginateAction();
            originate.setChannel("Local/5551234@from-trunk");
            originate.setApplication("Wait");
            originate.setData("30");
            originate.setChannelId(id);
            originate.setAsync(true);
            connection.sendAction(originate);
        }
        next(OriginateResponseEvent.class);
        next(OriginateResponseEvent.class);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            in.readLine();
            write(out, "Action: Login\r\nUsername: cti\r\nSecret: cti-secret\r\nEvents: off\r\n\r\n");
            readMessage(in);
            readMessage(in);
            write(out, "Action: Hangup\r\nActionID: h1\r\nChannel: /^Local\\/5551234@from-trunk-.*;2$/\r\n\r\n");
            assertEquals(List.of("Response: Success", "ActionID: h1", "EventList: start",
                    "Message: Channels hung up will follow"), readMessage(in));
            assertTrue(readMessage(in).get(0).equals("Event: ChannelHungup"));
            assertTrue(readMessage(in).get(0).equals("Event: ChannelHungup"));
            assertEquals(List.of("Event: ChannelsHungupListComplete", "ActionID: h1", "EventList: Complete",
                    "ListItems: 2"), readMessage(in));
        }
        assertTrue(pbx.coreShowChannels().isEmpty());
    }

    private static void write(OutputStream out, String text) throws Exception {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static List<String> readMessage(BufferedReader in) throws Exception {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private <T extends ManagerEvent> T next(Class<T> type) throws InterruptedException {
        ManagerEvent event;
        while ((event = events.poll(10, TimeUnit.SECONDS)) != null) {
            if (type.isInstance(event)) {
                return type.cast(event);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within 10 s");
    }
}
