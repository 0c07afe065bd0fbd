package switchboard.pbxsim.pbx;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import switchboard.pbxsim.ami.AmiMessage;

/**
 * Records a simulated PBX's events so a test or demo can wait for what became of a call: whether
 * its IVR handed it to the ACD or it ended there, and which variables were set on it.
 */
public final class CallRecorder implements Consumer<AmiMessage>, AutoCloseable {

    /** What happened to a call in the IVR, and the variables set on its channel by then. */
    public record IvrOutcome(boolean handedToAcd, Map<String, String> variables) {
    }

    private final SimulatedPbx pbx;
    private final List<AmiMessage> events = new CopyOnWriteArrayList<>();

    public CallRecorder(SimulatedPbx pbx) {
        this.pbx = pbx;
        pbx.subscribe(this);
    }

    @Override
    public void accept(AmiMessage event) {
        events.add(event);
    }

    /** Waits until the call is handed to the ACD (its route request) or hangs up, at most {@code timeout}. */
    public IvrOutcome awaitIvrEnd(String uniqueid, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (AmiMessage event : events) {
                String name = event.get("Event").orElse("");
                if (uniqueid.equals(event.get("Uniqueid").orElse(""))
                        && (name.equals("UserEvent") || name.equals("Hangup"))) {
                    return new IvrOutcome(name.equals("UserEvent"), variables(uniqueid));
                }
            }
            Thread.sleep(25);
        }
        throw new IllegalStateException("call " + uniqueid + " neither reached the ACD nor ended within " + timeout);
    }

    /** Every event recorded so far, in order. */
    public List<AmiMessage> events() {
        return List.copyOf(events);
    }

    private Map<String, String> variables(String uniqueid) {
        Map<String, String> variables = new HashMap<>();
        events.stream().filter(e -> uniqueid.equals(e.get("Uniqueid").orElse(""))
                && "VarSet".equals(e.get("Event").orElse("")))
                .forEach(e -> variables.put(e.get("Variable").orElseThrow(), e.get("Value").orElse("")));
        return variables;
    }

    @Override
    public void close() {
        pbx.unsubscribe(this);
    }
}
