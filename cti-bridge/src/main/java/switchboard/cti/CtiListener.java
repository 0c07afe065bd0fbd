package switchboard.cti;

/**
 * Receives the bridge's events, on the connection's intake thread, in the order the PBX reported
 * them. Must not block for long: hand work to another thread.
 */
@FunctionalInterface
public interface CtiListener {

    void onEvent(CtiEvent event);
}
