package switchboard.cti;

/** Who ended a call. */
public enum HangupSide {
    CALLER, AGENT, PBX, UNKNOWN
}
