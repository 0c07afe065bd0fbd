package switchboard.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.asteriskjava.manager.event.BridgeDestroyEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MusicOnHoldStartEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import switchboard.cti.event.SwitchboardAgentNoAnswerEvent;
import switchboard.cti.event.SwitchboardRouteRequestEvent;
import switchboard.pbxsim.ami.AmiServer;
import switchboard.pbxsim.pbx.DeviceBehavior;
import switchboard.pbxsim.pbx.InboundCall;
import switchboard.pbxsim.pbx.SimulatedPbx;

/**
 * The shipped dialplan (config/asterisk/extensions.conf) as the simulator runs it, seen over AMI
 * by Asterisk-Java with the bridge's UserEvent classes: the raw events the bridge builds on.
 */
class SwitchboardDialplanTest {

    private SimulatedPbx pbx;
    private AmiServer server;
    private ManagerConnection connection;
    private final BlockingQueue<ManagerEvent> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        pbx = SimulatedPbx.withSwitchboardDialplan();
        server = new AmiServer(pbx, Map.of("switchboard", "secret")).start(0);
        connection = new ManagerConnectionFactory("127.0.0.1", server.port(), "switchboard", "secret")
                .createManagerConnection();
        connection.registerUserEventClass(SwitchboardRouteRequestEvent.class);
        connection.registerUserEventClass(SwitchboardAgentNoAnswerEvent.class);
        connection.addEventListener(events::add);
        connection.login();
    }

    @AfterEach
    void stop() {
        connection.logoff();
        server.close();
        pbx.close();
    }

    @Test
    void anInboundCallIsIdentifiedHandedToTheAcdAndHeld() throws Exception {
        String caller = pbx.inboundCall(new InboundCall("+14155550134", "18005550100",
                Map.of("SWB_CUSTOMER_ID", "42", "SWB_INTENT", "billing")));
        NewChannelEvent arrived = next(NewChannelEvent.class);
        assertEquals(caller, arrived.getUniqueId());
        assertEquals("switchboard-inbound", arrived.getContext());
        SwitchboardRouteRequestEvent route = next(SwitchboardRouteRequestEvent.class);
        assertEquals(Map.of("intent", "billing", "customerId", "42", "dnis", "18005550100"), route.attributes());
        assertEquals(caller, route.getUniqueId());
        next(MusicOnHoldStartEvent.class);
    }

    @Test
    void aRedirectedCallerRingsTheAgentAndIsBridgedThenHangsUp() throws Exception {
        pbx.device("PJSIP/1001", DeviceBehavior.answersAfter(200));
        String caller = pbx.inboundCall(new InboundCall("+14155550134", "18005550100", Map.of("SWB_INTENT", "billing")));
        next(MusicOnHoldStartEvent.class);
        connection.sendAction(new SetVarAction(caller, "SWB_AGENT_INTERFACE", "PJSIP/1001"));
        connection.sendAction(new SetVarAction(caller, "SWB_RING_TIMEOUT", "15"));
        assertEquals("Success", connection.sendAction(new RedirectAction(caller, "switchboard-agent", "dial", 1))
                .getResponse());
        DialEndEvent answered = next(DialEndEvent.class);
        assertEquals("ANSWER", answered.getDialStatus());
        assertTrue(answered.getDestChannel().startsWith("PJSIP/1001-"), answered.getDestChannel());
        assertEquals(caller, answered.getDestLinkedId());
        BridgeEnterEvent first = next(BridgeEnterEvent.class);
        BridgeEnterEvent second = next(BridgeEnterEvent.class);
        assertEquals(first.getBridgeUniqueId(), second.getBridgeUniqueId());

        connection.sendAction(new HangupAction(caller));
        List<String> hungUp = new ArrayList<>();
        hungUp.add(next(HangupEvent.class).getChannel());
        hungUp.add(next(HangupEvent.class).getChannel());
        assertEquals(2, hungUp.size());
        next(BridgeDestroyEvent.class);
    }

    @Test
    void anAgentWhoDoesNotAnswerIsReportedAndTheCallerGoesBackOnHold() throws Exception {
        pbx.device("PJSIP/1002", DeviceBehavior.neverAnswers());
        String caller = pbx.inboundCall(new InboundCall("+442079460958", "18005550100", Map.of("SWB_INTENT", "support")));
        next(MusicOnHoldStartEvent.class);
        connection.sendAction(new SetVarAction(caller, "SWB_AGENT_INTERFACE", "PJSIP/1002"));
        connection.sendAction(new SetVarAction(caller, "SWB_RING_TIMEOUT", "1"));
        connection.sendAction(new RedirectAction(caller, "switchboard-agent", "dial", 1));
        assertEquals("NOANSWER", next(DialEndEvent.class).getDialStatus());
        SwitchboardAgentNoAnswerEvent rona = next(SwitchboardAgentNoAnswerEvent.class);
        assertEquals("PJSIP/1002", rona.getAgent());
        assertEquals(caller, next(MusicOnHoldStartEvent.class).getUniqueId());
    }

    @Test
    void theIvrsVariablesAreSetOnTheCallersChannel() throws Exception {
        pbx.inboundCall(new InboundCall("+14155550134", "18005550100", Map.of("SWB_VERIFIED", "1")));
        VarSetEvent varSet;
        do {
            varSet = next(VarSetEvent.class);
        } while (!"SWB_VERIFIED".equals(varSet.getVariable()));
        assertEquals("1", varSet.getValue());
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
