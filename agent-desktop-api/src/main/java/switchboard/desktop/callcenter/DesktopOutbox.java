package switchboard.desktop.callcenter;

/**
 * Where the call center sends agents' desktop messages: a port, so the call path depends on no
 * WebSocket code. {@link #send} returns at once on any thread (the routing loop's included);
 * messages to one agent arrive in the order sent.
 */
public interface DesktopOutbox {

    void send(String agentCode, DesktopMessage message);

    /** Whether the agent has a desktop open now. */
    boolean hasDesktop(String agentCode);
}
