package switchboard.desktop.ivr;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Set;

import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.util.ServerSocketFacade;
import org.asteriskjava.util.SocketConnectionFacade;
import org.asteriskjava.util.internal.ServerSocketFacadeImpl;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;

/**
 * Asterisk-Java's FastAGI server, listening on one address and serving only the PBX hosts: a
 * connection from anywhere else is closed before any script runs, logged and counted.
 */
final class GuardedAgiServer extends DefaultAgiServer {

    private static final Logger LOG = Logger.getLogger(GuardedAgiServer.class);
    private static final int BACKLOG = 50;

    private final int port;
    private final InetAddress bindAddress;
    private final Set<InetAddress> allowed;
    private final Counter refused;

    GuardedAgiServer(AgiScript script, int port, InetAddress bindAddress, Set<InetAddress> allowed, Counter refused) {
        super(script);
        this.port = port;
        this.bindAddress = bindAddress;
        this.allowed = Set.copyOf(allowed);
        this.refused = refused;
        setPort(port);
        setAddress(bindAddress);
    }

    @Override
    protected ServerSocketFacade createServerSocket() throws IOException {
        ServerSocketFacade listening = new ServerSocketFacadeImpl(port, BACKLOG, bindAddress);
        return new ServerSocketFacade() {
            @Override
            public SocketConnectionFacade accept() throws IOException {
                while (true) {
                    SocketConnectionFacade connection = listening.accept();
                    if (connection == null || allowed.contains(connection.getRemoteAddress())) {
                        return connection;
                    }
                    refused.increment();
                    LOG.warnf("FastAGI connection from %s refused: not a PBX host (swb.ivr.allowed-hosts)",
                            connection.getRemoteAddress().getHostAddress());
                    connection.close();
                }
            }

            @Override
            public void close() throws IOException {
                listening.close();
            }

            @Override
            public void setSocketReadTimeout(int timeout) {
                listening.setSocketReadTimeout(timeout);
            }
        };
    }
}
