package switchboard.cti;

import java.time.Duration;

/**
 * How to reach one Asterisk.
 *
 * @param id short name that prefixes every call id from this PBX ({@code pbx1:1795342378.0})
 * @param host AMI host
 * @param port AMI port (5038)
 * @param username manager.conf user
 * @param secret its secret
 * @param pingInterval how often to ping; the socket read timeout is three times this, so a
 *        half-open connection is noticed
 */
public record PbxConfig(String id, String host, int port, String username, String secret, Duration pingInterval) {

    public PbxConfig {
        if (!CallId.validPbxId(id)) {
            throw new IllegalArgumentException("a PBX id cannot be empty or contain ':' (it separates the call id): " + id);
        }
    }
}
