package switchboard.pbxsim.ami;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An AMI client at the wire level: sends actions as the capture wrote them, reads what comes back. */
final class RawAmiClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    private final List<Capture.Message> received = new ArrayList<>();

    RawAmiClient(int port, String username, String secret) throws IOException {
        socket = new Socket("127.0.0.1", port);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = socket.getOutputStream();
        in.readLine();
        send(Map.of("Action", "Login", "Username", username, "Secret", secret));
        readUntilQuiet(300);
        received.clear();
    }

    /** Sends the headers as one action, CRLF-framed. */
    void send(Map<String, String> headers) throws IOException {
        StringBuilder wire = new StringBuilder();
        headers.forEach((k, v) -> wire.append(k).append(": ").append(v).append("\r\n"));
        out.write(wire.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads until nothing arrives for {@code quietMillis}. */
    void readUntilQuiet(int quietMillis) throws IOException {
        socket.setSoTimeout(quietMillis);
        try {
            while (true) {
                received.add(readMessage());
            }
        } catch (SocketTimeoutException e) {
            // quiet: done
        }
    }

    /** Reads until every channel that appeared has hung up, then until quiet; fails after {@code maxMillis}. */
    void readUntilAllHungUp(long maxMillis, int quietMillis) throws IOException {
        socket.setSoTimeout((int) maxMillis);
        try {
            while (count("Newchannel") == 0 || count("Hangup") < count("Newchannel")) {
                received.add(readMessage());
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("channels still up after " + maxMillis + " ms; received "
                    + received.stream().map(m -> m.event() + " " + m.get("Channel")).toList(), e);
        }
        readUntilQuiet(quietMillis);
    }

    void clear() {
        received.clear();
    }

    List<Capture.Message> received() {
        return List.copyOf(received);
    }

    private long count(String event) {
        return received.stream().filter(m -> event.equals(m.event())).count();
    }

    private Capture.Message readMessage() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        if (line == null) {
            throw new IOException("connection closed");
        }
        return new Capture.Message(false, headers);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
