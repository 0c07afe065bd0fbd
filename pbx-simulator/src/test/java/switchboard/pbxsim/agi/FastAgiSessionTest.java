package switchboard.pbxsim.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.BaseAgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import switchboard.pbxsim.ami.AmiMessage;
import switchboard.pbxsim.pbx.InboundCall;
import switchboard.pbxsim.pbx.SimulatedPbx;

/** The simulator's calls through a real FastAGI server (Asterisk-Java's) running an IVR script. */
class FastAgiSessionTest {

    /** Asks for an account number and a menu choice, and sets what it learned. */
    static final class MenuScript extends BaseAgiScript {
        final AtomicReference<String> ended = new AtomicReference<>("running");

        @Override
        public void service(AgiRequest request, AgiChannel channel) throws AgiException {
            try {
                answer();
                String account = getData("please-enter-your-account-number", 3000, 8);
                setVariable("SWB_ACCOUNT", account == null || account.isEmpty() ? "none" : account);
                char choice = waitForDigit(3000);
                setVariable("SWB_INTENT", choice == '1' ? "billing" : "support");
                setVariable("SWB_CALLER_SEEN", request.getCallerIdNumber());
                streamFile("auth-thankyou");
                ended.set("completed");
            } catch (AgiHangupException e) {
                ended.set("caller hung up");
            }
        }
    }

    private final MenuScript script = new MenuScript();
    private DefaultAgiServer agiServer;
    private SimulatedPbx pbx;
    private final List<AmiMessage> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        agiServer = new DefaultAgiServer(script);
        agiServer.setPort(port);
        Thread serving = new Thread(() -> {
            try {
                agiServer.startup();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "test-agi-server");
        serving.setDaemon(true);
        serving.start();
        Thread.sleep(300);
        pbx = SimulatedPbx.withSwitchboardDialplan();
        pbx.setVariable(null, "SWB_AGI", "agi://127.0.0.1:" + port);
        pbx.subscribe(events::add);
    }

    @AfterEach
    void stop() {
        agiServer.shutdown();
        pbx.close();
    }

    @Test
    void theCallersKeysReachTheIvrAndItsVariablesTheChannelBeforeTheHandOff() throws Exception {
        String caller = pbx.inboundCall(InboundCall.throughIvr("+14155550134", "18005550100", List.of("12345678", "1")));
        AmiMessage route = await("UserEvent");
        assertEquals("billing", route.get("Intent").orElseThrow());
        assertEquals(caller, route.get("Uniqueid").orElseThrow());
        assertEquals(Optional.of("12345678"), pbx.getVariable(caller, "SWB_ACCOUNT"));
        assertEquals(Optional.of("+14155550134"), pbx.getVariable(caller, "SWB_CALLER_SEEN"));
        assertEquals(Optional.of("SUCCESS"), pbx.getVariable(caller, "AGISTATUS"));
        assertEquals("completed", script.ended.get());
    }

    @Test
    void aCallerWhoKeysNothingTimesOut() throws Exception {
        String caller = pbx.inboundCall(InboundCall.throughIvr("+14155550134", "18005550100", List.of("", "")));
        assertEquals("support", await("UserEvent").get("Intent").orElseThrow());
        assertEquals(Optional.of("none"), pbx.getVariable(caller, "SWB_ACCOUNT"));
    }

    @Test
    void aCallerWhoHangsUpInTheIvrEndsTheCallAndTheScriptHearsIt() throws Exception {
        pbx.inboundCall(InboundCall.throughIvr("+14155550134", "18005550100", List.of(CallerKeys.HANGUP)));
        await("Hangup");
        for (int i = 0; i < 50 && script.ended.get().equals("running"); i++) {
            Thread.sleep(50);
        }
        assertEquals("caller hung up", script.ended.get());
        Thread.sleep(300);
        assertTrue(events.stream().noneMatch(e -> e.get("Event").orElse("").equals("UserEvent")));
    }

    @Test
    void argumentsAreSplitOnSpacesOutsideQuotes() {
        assertEquals(List.of("GET", "DATA", "enter number", "3000", "8"),
                FastAgiSession.parse("GET DATA \"enter number\" 3000 8"));
    }

    private AmiMessage await(String eventName) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (AmiMessage event : events) {
                if (eventName.equals(event.get("Event").orElse(""))) {
                    return event;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + eventName + " within 5 s; saw " + events.size() + " events");
    }
}
