package switchboard.routing;

/** Where an agent is in their day. WRAP_UP is after-call work, a state of its own. */
public enum AgentState {
    LOGGED_OUT, NOT_READY, AVAILABLE, RESERVED, ON_CALL, WRAP_UP
}
