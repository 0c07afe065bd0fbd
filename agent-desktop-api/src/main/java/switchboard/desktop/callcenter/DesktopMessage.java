package switchboard.desktop.callcenter;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A message the call center sends to an agent's desktops, one record per message type. Its
 * components are the message's fields; the envelope ({@code type}, {@code seq}, {@code ts}) is
 * added by the outbox. Features beyond calls add their own (a campaign's preview).
 */
public interface DesktopMessage {

    /** The message's {@code type} on the wire. */
    @JsonIgnore
    String type();

    /** What became of the agent's call: {@code connected}, {@code held}, {@code transferred}, {@code ended}, {@code abandoned}. */
    record CallState(String callId, String state) implements DesktopMessage {
        @Override
        public String type() {
            return "call-state";
        }
    }

    /**
     * The agent's state now.
     *
     * @param since when the state began (ISO-8601)
     * @param callId the call it concerns, or null
     * @param wrapUpEndsAt in wrap-up, when the queue's wrap-up time runs out; else null
     */
    record AgentState(String state, String reason, String since, String callId, String wrapUpEndsAt)
            implements DesktopMessage {
        @Override
        public String type() {
            return "agent-state";
        }
    }
}
