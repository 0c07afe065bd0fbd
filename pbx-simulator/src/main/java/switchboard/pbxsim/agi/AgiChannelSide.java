package switchboard.pbxsim.agi;

import java.util.Map;
import java.util.Optional;

/** What the AGI session may do to its simulated channel. Called from the AGI session's thread. */
public interface AgiChannelSide {

    /** The {@code agi_*} environment: channel, uniqueid, callerid, dnid, context, extension... */
    Map<String, String> environment();

    void setVariable(String name, String value);

    Optional<String> getVariable(String name);

    void answer();

    /** Whether a sound file (as named in the dialplan or AGI, without extension) is installed. */
    boolean hasSound(String file);

    void hangup();
}
