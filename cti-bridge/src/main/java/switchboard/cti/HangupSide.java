package switchboard.cti;

/** Which party of a call did something: ended it, put it on hold. */
public enum HangupSide {
    CALLER, AGENT, PBX, UNKNOWN
}
