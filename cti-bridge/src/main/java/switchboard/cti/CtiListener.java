package switchboard.cti;

/**
 * Receives the bridge's events in the order the PBX reported them, on the connection's delivery
 * thread. A slow listener delays only later events, never the call model or commands.
 */
@FunctionalInterface
public interface CtiListener {

    void onEvent(CtiEvent event);
}
