package switchboard.pbxsim.pbx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated dialplan: per context, extensions (exact, or Asterisk patterns such as
 * {@code _X.}) with their steps, each an application and its data. Data may use
 * {@code ${EXTEN}}, {@code ${CHANNEL}}, {@code ${CALLERID(all)}}, {@code ${HANGUPCAUSE}} and
 * channel variables.
 */
public final class Dialplan {

    /** One priority: an application, its data, and the label it may carry ({@code n(done)}). */
    public record Step(String application, String data, String label) {

        public Step(String application, String data) {
            this(application, data, null);
        }
    }

    private final Map<String, Map<String, List<Step>>> contexts = new LinkedHashMap<>();
    private final Map<String, String> globals = new LinkedHashMap<>();

    /** Adds the steps of an extension in a context, in priority order. */
    public Dialplan extension(String context, String exten, Step... steps) {
        contexts.computeIfAbsent(context, c -> new LinkedHashMap<>()).put(exten, List.of(steps));
        return this;
    }

    /** Adds one step to the end of an extension. */
    Dialplan append(String context, String exten, Step step) {
        contexts.computeIfAbsent(context, c -> new LinkedHashMap<>()).computeIfAbsent(exten, e -> new ArrayList<>())
                .add(step);
        return this;
    }

    Dialplan global(String name, String value) {
        globals.put(name, value);
        return this;
    }

    /** The [globals] section's variables. */
    public Map<String, String> globals() {
        return Map.copyOf(globals);
    }

    /** The index of a labelled step in an extension, or -1. */
    static int indexOf(List<Step> steps, String label) {
        for (int i = 0; i < steps.size(); i++) {
            if (label.equals(steps.get(i).label())) {
                return i;
            }
        }
        return -1;
    }

    public static Step step(String application, String data) {
        return new Step(application, data);
    }

    /** The steps for an extension: an exact match first, then the first matching pattern. */
    public Optional<List<Step>> find(String context, String exten) {
        Map<String, List<Step>> extensions = contexts.get(context);
        if (extensions == null) {
            return Optional.empty();
        }
        if (extensions.containsKey(exten)) {
            return Optional.of(extensions.get(exten));
        }
        return extensions.entrySet().stream().filter(e -> e.getKey().startsWith("_") && matches(e.getKey(), exten))
                .map(Map.Entry::getValue).findFirst();
    }

    /** Asterisk pattern matching: X any digit, Z 1-9, N 2-9, [..] a set, '.' one or more of anything. */
    static boolean matches(String pattern, String exten) {
        int e = 0;
        for (int p = 1; p < pattern.length(); p++) {
            char c = pattern.charAt(p);
            if (c == '.') {
                return e < exten.length();
            }
            if (c == '!') {
                return true;
            }
            if (e >= exten.length()) {
                return false;
            }
            char x = exten.charAt(e++);
            boolean ok = switch (c) {
                case 'X' -> Character.isDigit(x);
                case 'Z' -> x >= '1' && x <= '9';
                case 'N' -> x >= '2' && x <= '9';
                default -> c == x;
            };
            if (!ok) {
                return false;
            }
        }
        return e == exten.length();
    }

    /**
     * The contexts of the reference capture's test system: {@code from-trunk} answers and holds
     * with Wait, or queues for {@code support}; {@code agents} and {@code customers} answer and
     * wait; {@code outbound} dials a customer (click-to-dial).
     */
    public static Dialplan referenceLab() {
        return new Dialplan()
                .extension("from-trunk", "_X.", step("NoOp", "Inbound trunk call to ${EXTEN} from ${CALLERID(all)}"),
                        step("Answer", ""), step("Set", "CALLERID(num)=${EXTEN}"),
                        step("Set", "CALLERID(name)=Trunk ${EXTEN}"), step("Wait", "600"))
                .extension("from-trunk", "support",
                        step("NoOp", "Inbound call for queue support from ${CALLERID(all)}"), step("Answer", ""),
                        step("Set", "CALLERID(name)=Trunk Caller"), step("Queue", "support,tr,,,120"))
                .extension("from-trunk", "h", step("NoOp", "from-trunk hangup ${CHANNEL} cause ${HANGUPCAUSE}"))
                .extension("agents", "_1XXX", step("NoOp", "Agent phone ${EXTEN} ringing, caller ${CALLERID(all)}"),
                        step("Answer", ""), step("Wait", "30"), step("Hangup", ""))
                .extension("customers", "_0X.", step("NoOp", "Customer ${EXTEN} called, caller ${CALLERID(all)}"),
                        step("Answer", ""), step("Wait", "20"))
                .extension("outbound", "_0X.", step("NoOp", "Outbound call to customer ${EXTEN} for ${CALLERID(all)}"),
                        step("Dial", "Local/${EXTEN}@customers,30"));
    }
}
