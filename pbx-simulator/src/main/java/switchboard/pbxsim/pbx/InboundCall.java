package switchboard.pbxsim.pbx;

import java.util.Map;

/**
 * A call from a carrier: who calls (ANI), which number (DNIS), and the variables the IVR ends up
 * setting for it (as a caller's choices would), applied at the dialplan's {@code AGI} step.
 */
public record InboundCall(String ani, String dnis, Map<String, String> ivrVariables) {

    public InboundCall {
        ivrVariables = Map.copyOf(ivrVariables);
    }
}
