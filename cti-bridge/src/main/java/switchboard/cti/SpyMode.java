package switchboard.cti;

import java.util.Locale;

/** How a supervisor joins an agent's call: listen only, whisper to the agent, or barge in. */
public enum SpyMode {
    LISTEN, WHISPER, BARGE;

    /** The extension in [switchboard-spy] for this mode. */
    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
