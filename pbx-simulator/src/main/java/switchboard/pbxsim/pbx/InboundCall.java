package switchboard.pbxsim.pbx;

import java.util.List;
import java.util.Map;

/**
 * A call from a carrier: who calls (ANI), which number (DNIS), and how the IVR goes for it.
 *
 * @param ivrVariables with no {@code callerKeys}: the variables the IVR ends up setting, applied at
 *        the dialplan's {@code AGI} step without running one
 * @param callerKeys when given: the caller's key presses, prompt by prompt, for a real FastAGI
 *        session with the IVR at the dialplan's {@code agi://} address (see
 *        {@link switchboard.pbxsim.agi.CallerKeys})
 */
public record InboundCall(String ani, String dnis, Map<String, String> ivrVariables, List<String> callerKeys) {

    public InboundCall {
        ivrVariables = Map.copyOf(ivrVariables);
        callerKeys = callerKeys == null ? null : List.copyOf(callerKeys);
    }

    /** A call whose IVR outcome is given, not played. */
    public InboundCall(String ani, String dnis, Map<String, String> ivrVariables) {
        this(ani, dnis, ivrVariables, null);
    }

    /** A call whose caller goes through the real IVR over FastAGI, pressing these keys. */
    public static InboundCall throughIvr(String ani, String dnis, List<String> callerKeys) {
        return new InboundCall(ani, dnis, Map.of(), callerKeys);
    }
}
