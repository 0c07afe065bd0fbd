package switchboard.ivr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.asteriskjava.fastagi.BaseAgiScript;

import switchboard.ivr.CustomerDirectory.Caller;
import switchboard.ivr.config.IvrConfig;
import switchboard.ivr.config.IvrConfig.Option;

/**
 * Switchboard's IVR (see the package documentation for the flow). One instance serves every
 * call; each call's state lives in its own {@link Call}.
 */
public final class IvrScript extends BaseAgiScript {

    private final IvrConfig config;
    private final CustomerDirectory directory;
    private final WaitEstimator waits;
    private final IvrOutcomes outcomes;
    private final Clock clock;

    public IvrScript(IvrConfig config, CustomerDirectory directory, WaitEstimator waits, IvrOutcomes outcomes,
            Clock clock) {
        this.config = config;
        this.directory = directory;
        this.waits = waits;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        new Call(request.getUniqueId(), request.getCallerIdNumber()).run();
    }

    /** One caller's way through the IVR. */
    private final class Call {

        private final String uniqueId;
        private final String ani;
        private final List<String> path = new ArrayList<>();
        private Caller caller;
        private String language = config.defaultLanguage();
        private boolean verified;

        Call(String uniqueId, String ani) {
            this.uniqueId = uniqueId;
            this.ani = ani;
        }

        void run() throws AgiException {
            answer();
            if (!config.hours().isOpen(clock)) {
                path.add("closed");
                publish();
                play(prompt("closed"));
                hangup();
                return;
            }
            greet();
            boolean priority = caller != null && config.fastPath().tiers().contains(caller.tier());
            Option choice = priority ? menu("priorityMenu", config.fastPath().intents(), "priority")
                    : menu("mainMenu", config.intents(), "menu");
            if (choice != null && choice.needsAccount() && identify()) {
                verified = verify();
            }
            if (choice != null && "balance".equals(choice.selfService())) {
                if (selfServiceBalance()) {
                    return;
                }
                choice = null;
            }
            String intent = choice == null ? config.defaultIntent() : choice.value();
            if (!offerCallback(intent)) {
                handOff(intent);
            }
        }

        /** Known callers are welcomed back in their language; others choose one. */
        private void greet() throws AgiException {
            caller = directory.byPhone(ani).orElse(null);
            path.add(caller == null ? "ani:unknown" : "ani:known");
            if (caller != null) {
                language = caller.language();
                play(prompt("welcomeBack"));
                return;
            }
            play(prompt("welcome"));
            Option chosen = menu("chooseLanguage", config.languages(), "lang");
            if (chosen != null) {
                language = chosen.value();
            }
        }

        /** Asks up to {@code menu.attempts} times; null when the caller chose nothing valid. */
        private Option menu(String promptKey, List<Option> options, String label) throws AgiException {
            for (int attempt = 0; attempt < config.menu().attempts(); attempt++) {
                String key = ask(prompt(promptKey), config.menu().timeoutMillis(), 1);
                if (key == null || key.isEmpty()) {
                    path.add(label + ":timeout");
                    continue;
                }
                Optional<Option> chosen = options.stream().filter(o -> o.digit().equals(key)).findFirst();
                if (chosen.isPresent()) {
                    Option option = chosen.get();
                    path.add(label + ":" + (option.value() != null ? option.value() : option.selfService()));
                    return option;
                }
                path.add(label + ":invalid");
                play(prompt("invalid"));
            }
            return null;
        }

        /** The caller is known by number, or keys in an account number. */
        private boolean identify() throws AgiException {
            if (caller != null) {
                return true;
            }
            IvrConfig.Entry entry = config.account();
            for (int attempt = 0; attempt < entry.attempts(); attempt++) {
                String digits = ask(prompt("enterAccount"), entry.timeoutMillis(), entry.digits());
                if (digits == null || digits.isEmpty()) {
                    path.add("account:timeout");
                    continue;
                }
                caller = directory.byAccount(digits).orElse(null);
                if (caller != null) {
                    path.add("account:ok");
                    return true;
                }
                path.add("account:unknown");
                play(prompt("accountNotFound"));
            }
            return false;
        }

        private boolean verify() throws AgiException {
            IvrConfig.Entry entry = config.verification();
            for (int attempt = 0; attempt < entry.attempts(); attempt++) {
                String code = ask(prompt("enterCode"), entry.timeoutMillis(), entry.digits());
                if (code != null && !code.isEmpty() && directory.verify(caller.customerId(), code)) {
                    path.add("verify:ok");
                    return true;
                }
                path.add("verify:failed");
                play(prompt("codeWrong"));
            }
            return false;
        }

        /** Reads the balance to a verified caller and ends the call here; false if it cannot. */
        private boolean selfServiceBalance() throws AgiException {
            Optional<BigDecimal> balance = verified ? directory.balance(caller.customerId()) : Optional.empty();
            if (balance.isEmpty()) {
                path.add("balance:unavailable");
                return false;
            }
            path.add("balance:read");
            setVariable("SWB_CONTAINED", "1");
            publish();
            outcomes.contained(uniqueId, ani, caller.customerId(), String.join(">", path));
            play(prompt("balanceIs"));
            sayNumber(balance.get().setScale(0, RoundingMode.HALF_UP).toPlainString());
            play(prompt("goodbye"));
            hangup();
            return true;
        }

        /** Offers a callback when the wait would be long; true if the caller took it (the call ends). */
        private boolean offerCallback(String intent) throws AgiException {
            double expected = waits.expectedWaitSeconds(intent).orElse(0);
            if (expected <= config.callback().offerAboveSeconds()) {
                return false;
            }
            String key = ask(prompt("callbackOffer"), config.menu().timeoutMillis(), 1);
            if (!"1".equals(key)) {
                path.add("callback:declined");
                return false;
            }
            path.add("callback:accepted");
            setVariable("SWB_INTENT", intent);
            setVariable("SWB_CALLBACK", "1");
            setVariable("SWB_CALLBACK_NUMBER", ani);
            publish();
            outcomes.callbackBooked(uniqueId, ani, intent, caller == null ? null : caller.customerId());
            play(prompt("callbackConfirmed"));
            hangup();
            return true;
        }

        private void handOff(String intent) throws AgiException {
            setVariable("SWB_INTENT", intent);
            publish();
            play(prompt("connecting"));
        }

        /** What routing and the screen-pop need, on the channel. */
        private void publish() throws AgiException {
            if (caller != null) {
                setVariable("SWB_CUSTOMER_ID", caller.customerId());
            }
            setVariable("SWB_LANGUAGE", language);
            setVariable("SWB_VERIFIED", verified ? "1" : "0");
            setVariable("SWB_IVR_PATH", String.join(">", path));
        }

        private String prompt(String key) {
            return config.prompt(key);
        }

        /** Plays a prompt; one the PBX does not have is reported, and the call goes on. */
        private void play(String prompt) throws AgiException {
            streamFile(prompt);
            if (failed()) {
                outcomes.promptMissing(prompt);
            }
        }

        /**
         * Plays a prompt and reads up to {@code digits} keys within the timeout. When the PBX
         * cannot play it (a prompt not installed: GET DATA then answers at once, without waiting),
         * the keys are still waited for, digit by digit, as if it had played: a missing prompt is
         * never a wrong key.
         */
        private String ask(String prompt, long timeoutMillis, int digits) throws AgiException {
            String keys = getData(prompt, timeoutMillis, digits);
            if (!failed()) {
                return keys;
            }
            outcomes.promptMissing(prompt);
            StringBuilder typed = new StringBuilder();
            while (typed.length() < digits) {
                char key = waitForDigit((int) timeoutMillis);
                if (key == 0 || key == '#') {
                    break;
                }
                typed.append(key);
            }
            return typed.toString();
        }

        /** Whether the PBX answered the last command with a failure ({@code result=-1}). */
        private boolean failed() {
            AgiReply reply = getChannel().getLastReply();
            return reply != null && reply.getResultCode() == -1 && "-1".equals(reply.getResult());
        }
    }
}
