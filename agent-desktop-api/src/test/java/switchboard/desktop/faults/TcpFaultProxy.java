package switchboard.desktop.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback that forwards to a server and can cut it off, as a failed network or
 * a stopped database would: {@link #cut()} closes every connection through it and refuses new
 * ones (accepted and closed at once) until {@link #restore()}.
 */
public final class TcpFaultProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean closed;

    public TcpFaultProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "fault-proxy-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Closes every connection through the proxy and refuses new ones. */
    public void cut() {
        cut = true;
        open.forEach(TcpFaultProxy::quietlyClose);
        open.clear();
    }

    public void restore() {
        cut = false;
    }

    @Override
    public void close() {
        closed = true;
        cut();
        quietlyClose(listener);
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (cut) {
                quietlyClose(client);
                continue;
            }
            try {
                Socket server = new Socket();
                server.connect(target, 2_000);
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                quietlyClose(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // The connection was cut or closed: both sides go.
            } finally {
                quietlyClose(from);
                quietlyClose(to);
                open.remove(from);
                open.remove(to);
            }
        }, "fault-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void quietlyClose(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // Already gone.
        }
    }
}
