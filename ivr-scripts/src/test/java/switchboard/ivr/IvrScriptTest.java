package switchboard.ivr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asteriskjava.fastagi.DefaultAgiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import switchboard.ivr.config.IvrConfig;
import switchboard.pbxsim.agi.CallerKeys;
import switchboard.pbxsim.ami.AmiMessage;
import switchboard.pbxsim.pbx.CallRecorder;
import switchboard.pbxsim.pbx.InboundCall;
import switchboard.pbxsim.pbx.SimulatedPbx;

/**
 * The shipped IVR (config/ivr/ivr.json) over the real FastAGI protocol: Asterisk-Java's server
 * runs the script, the simulator plays the caller's keys through the shipped dialplan.
 */
class IvrScriptTest {

    /** Tuesday 10:00 in New York: open. */
    private static final Clock OPEN = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);
    /** Sunday: closed. */
    private static final Clock SUNDAY = Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC);
    private static final String KNOWN = "+14155550134";
    private static final String PLATINUM = "+12125550199";

    private final Map<String, Double> waits = new ConcurrentHashMap<>();
    private final List<String> booked = new CopyOnWriteArrayList<>();
    private final List<String> contained = new CopyOnWriteArrayList<>();
    private final List<String> missing = new CopyOnWriteArrayList<>();
    private CallRecorder calls;
    private DefaultAgiServer agiServer;
    private SimulatedPbx pbx;

    /** A small CRM: two callers known by number, one by account; code 1234 verifies everyone. */
    private static final CustomerDirectory CRM = new CustomerDirectory() {
        @Override
        public Optional<Caller> byPhone(String ani) {
            return switch (ani) {
                case KNOWN -> Optional.of(new Caller("42", "Ada", "SILVER", "en"));
                case PLATINUM -> Optional.of(new Caller("7", "Grace", "PLATINUM", "en"));
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<Caller> byAccount(String accountNumber) {
            return accountNumber.equals("20000062") ? Optional.of(new Caller("1", "Leon", "BRONZE", "de"))
                    : Optional.empty();
        }

        @Override
        public boolean verify(String customerId, String code) {
            return code.equals("1234");
        }

        @Override
        public Optional<BigDecimal> balance(String customerId) {
            return Optional.of(new BigDecimal("129.60"));
        }
    };

    private void start(Clock clock) throws Exception {
        IvrConfig config = IvrConfig.load(getClass().getResourceAsStream("/switchboard/ivr/ivr.json"),
                "config/ivr/ivr.json");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        agiServer = new DefaultAgiServer(new IvrScript(config, CRM,
                intent -> waits.containsKey(intent) ? OptionalDouble.of(waits.get(intent)) : OptionalDouble.empty(),
                new IvrOutcomes() {
                    @Override
                    public void callbackBooked(String uniqueId, String number, String intent, String customerId) {
                        booked.add(number + " " + intent + " " + customerId);
                    }

                    @Override
                    public void contained(String uniqueId, String number, String customerId, String ivrPath) {
                        contained.add(number + " " + customerId + " " + ivrPath);
                    }

                    @Override
                    public void promptMissing(String prompt) {
                        missing.add(prompt);
                    }
                }, clock));
        agiServer.setPort(port);
        Thread serving = new Thread(() -> {
            try {
                agiServer.startup();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "ivr-test-agi");
        serving.setDaemon(true);
        serving.start();
        Thread.sleep(300);
        pbx = SimulatedPbx.withSwitchboardDialplan();
        pbx.setVariable(null, "SWB_AGI", "agi://127.0.0.1:" + port);
        calls = new CallRecorder(pbx);
    }

    @AfterEach
    void stop() {
        if (agiServer != null) {
            agiServer.shutdown();
        }
        if (pbx != null) {
            pbx.close();
        }
    }

    /** What the channel carries once the IVR is done, and whether it reached the ACD. */
    private Map<String, String> run(String ani, String... keys) throws Exception {
        String caller = pbx.inboundCall(InboundCall.throughIvr(ani, "18005550100", List.of(keys)));
        CallRecorder.IvrOutcome outcome = calls.awaitIvrEnd(caller, Duration.ofSeconds(5));
        Map<String, String> vars = new HashMap<>(outcome.variables());
        vars.put("how", outcome.handedToAcd() ? "handed to ACD" : "ended in IVR");
        return vars;
    }

    @Test
    void anUnknownCallerChoosesALanguageAndAnIntent() throws Exception {
        start(OPEN);
        Map<String, String> vars = run("+19995550100", "2", "2");
        assertEquals("handed to ACD", vars.get("how"));
        assertEquals("es", vars.get("SWB_LANGUAGE"));
        assertEquals("support", vars.get("SWB_INTENT"));
        assertEquals("0", vars.get("SWB_VERIFIED"));
        assertEquals("ani:unknown>lang:es>menu:support", vars.get("SWB_IVR_PATH"));
    }

    @Test
    void withoutItsPromptsTheIvrStillWaitsForTheCallersKeys() throws Exception {
        start(OPEN);
        IvrConfig config = IvrConfig.load(getClass().getResourceAsStream("/switchboard/ivr/ivr.json"), "ivr.json");
        pbx.withoutSounds(java.util.Set.of(config.prompt("chooseLanguage"), config.prompt("mainMenu"),
                config.prompt("welcome"), config.prompt("connecting"), config.prompt("enterAccount")));
        Map<String, String> vars = run("+19995550100", "2", "2");
        assertEquals("handed to ACD", vars.get("how"));
        assertEquals("es", vars.get("SWB_LANGUAGE"));
        assertEquals("support", vars.get("SWB_INTENT"));
        assertEquals("ani:unknown>lang:es>menu:support", vars.get("SWB_IVR_PATH"));
        assertTrue(missing.contains(config.prompt("mainMenu")), "missing prompts reported: " + missing);
        assertTrue(missing.contains(config.prompt("welcome")), "missing prompts reported: " + missing);
    }

    @Test
    void anAccountNumberIsReadDigitByDigitWhenItsPromptIsMissing() throws Exception {
        start(OPEN);
        IvrConfig config = IvrConfig.load(getClass().getResourceAsStream("/switchboard/ivr/ivr.json"), "ivr.json");
        pbx.withoutSounds(java.util.Set.of(config.prompt("enterAccount")));
        Map<String, String> vars = run("+19995550100", "1", "1", "20000062", "1234");
        assertEquals("1", vars.get("SWB_CUSTOMER_ID"), "path " + vars.get("SWB_IVR_PATH"));
        assertEquals(List.of(config.prompt("enterAccount")), missing.stream().distinct().toList());
    }

    @Test
    void aKnownCallerWhoWantsToCancelIsVerifiedAndGoesToRetention() throws Exception {
        start(OPEN);
        Map<String, String> vars = run(KNOWN, "4", "1234");
        assertEquals("handed to ACD", vars.get("how"));
        assertEquals("retention", vars.get("SWB_INTENT"));
        assertEquals("1", vars.get("SWB_VERIFIED"));
        assertEquals("ani:known>menu:retention>verify:ok", vars.get("SWB_IVR_PATH"));
    }

    @Test
    void aKnownCallerChoosesSales() throws Exception {
        start(OPEN);
        Map<String, String> vars = run(KNOWN, "3");
        assertEquals("sales", vars.get("SWB_INTENT"));
        assertEquals("ani:known>menu:sales", vars.get("SWB_IVR_PATH"));
    }

    @Test
    void aKnownCallerSkipsTheLanguageMenuAndIsVerifiedForBilling() throws Exception {
        start(OPEN);
        Map<String, String> vars = run(KNOWN, "1", "1234");
        assertEquals("42", vars.get("SWB_CUSTOMER_ID"));
        assertEquals("billing", vars.get("SWB_INTENT"));
        assertEquals("1", vars.get("SWB_VERIFIED"));
        assertEquals("ani:known>menu:billing>verify:ok", vars.get("SWB_IVR_PATH"));
    }

    @Test
    void anUnknownCallerIdentifiesWithAnAccountNumberAfterAMistake() throws Exception {
        start(OPEN);
        Map<String, String> vars = run("+19995550100", "1", "1", "99999999", "20000062", "0000", "1234");
        assertEquals("1", vars.get("SWB_CUSTOMER_ID"));
        assertEquals("1", vars.get("SWB_VERIFIED"));
        assertEquals("ani:unknown>lang:en>menu:billing>account:unknown>account:ok>verify:failed>verify:ok",
                vars.get("SWB_IVR_PATH"));
    }

    @Test
    void invalidKeysAndSilenceEndInTheDefaultIntent() throws Exception {
        start(OPEN);
        Map<String, String> vars = run("+19995550100", "1", "9", "", "");
        assertEquals("general", vars.get("SWB_INTENT"));
        assertEquals("ani:unknown>lang:en>menu:invalid>menu:timeout>menu:timeout", vars.get("SWB_IVR_PATH"));
    }

    @Test
    void aVerifiedCallerHearsTheBalanceAndTheCallIsContained() throws Exception {
        start(OPEN);
        Map<String, String> vars = run(KNOWN, "5", "1234");
        assertEquals("ended in IVR", vars.get("how"));
        assertEquals("1", vars.get("SWB_CONTAINED"));
        assertEquals("ani:known>menu:balance>verify:ok>balance:read", vars.get("SWB_IVR_PATH"));
        assertEquals(1, contained.size(), "reported once: " + contained);
        assertTrue(contained.get(0).endsWith(" ani:known>menu:balance>verify:ok>balance:read"), contained.get(0));
    }

    @Test
    void aCallerWhoCannotBeVerifiedForTheBalanceGoesToAnAgent() throws Exception {
        start(OPEN);
        Map<String, String> vars = run(KNOWN, "5", "0000", "1111");
        assertEquals("handed to ACD", vars.get("how"));
        assertEquals("general", vars.get("SWB_INTENT"));
        assertEquals("0", vars.get("SWB_VERIFIED"));
    }

    @Test
    void aLongWaitGetsACallbackOfferThatKeepsThePlace() throws Exception {
        start(OPEN);
        waits.put("sales", 600.0);
        Map<String, String> vars = run("+19995550100", "1", "3", "1");
        assertEquals("ended in IVR", vars.get("how"));
        assertEquals("1", vars.get("SWB_CALLBACK"));
        assertEquals("+19995550100", vars.get("SWB_CALLBACK_NUMBER"));
        assertEquals("sales", vars.get("SWB_INTENT"));
        assertEquals(List.of("+19995550100 sales null"), booked, "the callback is booked, once");
        Map<String, String> declined = run("+19995550101", "1", "3", "2");
        assertEquals("handed to ACD", declined.get("how"));
        assertTrue(declined.get("SWB_IVR_PATH").endsWith("callback:declined"));
    }

    @Test
    void topTierCallersGetThePriorityMenu() throws Exception {
        start(OPEN);
        Map<String, String> vars = run(PLATINUM, "1");
        assertEquals("retention", vars.get("SWB_INTENT"));
        assertEquals("ani:known>priority:retention", vars.get("SWB_IVR_PATH"));
    }

    @Test
    void outsideOpeningHoursCallersHearWeAreClosed() throws Exception {
        start(SUNDAY);
        Map<String, String> vars = run(KNOWN);
        assertEquals("ended in IVR", vars.get("how"));
        assertEquals("closed", vars.get("SWB_IVR_PATH"));
    }

    @Test
    void aCallerWhoHangsUpInTheMenuNeverReachesTheAcd() throws Exception {
        start(OPEN);
        Map<String, String> vars = run("+19995550100", "1", CallerKeys.HANGUP);
        assertEquals("ended in IVR", vars.get("how"));
    }

    @Test
    void manyCallersAtOnceEachGetTheirOwnPath() throws Exception {
        start(OPEN);
        List<String> callers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            callers.add(pbx.inboundCall(InboundCall.throughIvr(String.format("+1999555%04d", i), "18005550100",
                    List.of("1", i % 2 == 0 ? "2" : "3"))));
        }
        for (int i = 0; i < 40; i++) {
            String caller = callers.get(i);
            AmiMessage route = null;
            for (int wait = 0; wait < 400 && route == null; wait++) {
                route = calls.events().stream().filter(e -> caller.equals(e.get("Uniqueid").orElse(""))
                        && "UserEvent".equals(e.get("Event").orElse(""))).findFirst().orElse(null);
                if (route == null) {
                    Thread.sleep(25);
                }
            }
            assertEquals(i % 2 == 0 ? "support" : "sales", route == null ? null : route.get("Intent").orElseThrow(),
                    "caller " + i);
        }
    }
}
