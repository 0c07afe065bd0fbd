package switchboard.pbxsim.agi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One FastAGI session, Asterisk's side: connect to {@code agi://host:port/script}, send the
 * environment, answer commands until the server closes the connection. Blocking; runs on its own
 * thread, like Asterisk's AGI thread for the channel.
 */
public final class FastAgiSession {

    private static final Logger LOG = Logger.getLogger(FastAgiSession.class.getName());
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final URI url;
    private final AgiChannelSide channel;
    private final CallerKeys keys;
    private boolean hungUp;

    public FastAgiSession(String agiUrl, AgiChannelSide channel, CallerKeys keys) {
        this.url = URI.create(agiUrl);
        this.channel = channel;
        this.keys = keys;
    }

    /** Runs the session to its end; returns the AGISTATUS Asterisk would set (SUCCESS, FAILURE, HANGUP). */
    public String run() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort() < 0 ? 4573 : url.getPort()),
                    CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            write(out, environment());
            String command;
            while ((command = in.readLine()) != null) {
                if (hungUp) {
                    write(out, "511 Command Not Permitted on a dead channel\n");
                    continue;
                }
                write(out, reply(command.strip()));
            }
            return hungUp ? "HANGUP" : "SUCCESS";
        } catch (IOException e) {
            LOG.log(Level.WARNING, "FastAGI session to " + url + " failed: " + e.getMessage());
            return "FAILURE";
        }
    }

    private String environment() {
        StringBuilder env = new StringBuilder();
        env.append("agi_network: yes\n").append("agi_network_script: ").append(url.getPath().replaceFirst("^/", ""))
                .append('\n').append("agi_request: ").append(url).append('\n');
        channel.environment().forEach((k, v) -> env.append("agi_").append(k).append(": ").append(v).append('\n'));
        return env.append('\n').toString();
    }

    /** Asterisk's answer to one AGI command. */
    String reply(String command) {
        List<String> args = parse(command);
        String verb = args.isEmpty() ? "" : args.get(0).toUpperCase(Locale.ROOT);
        String second = args.size() > 1 ? args.get(1).toUpperCase(Locale.ROOT) : "";
        return switch (verb) {
            case "ANSWER" -> {
                channel.answer();
                yield "200 result=0\n";
            }
            case "HANGUP" -> {
                hangup();
                yield "200 result=1\n";
            }
            case "GET" -> switch (second) {
                case "DATA" -> args.size() > 2 && !channel.hasSound(args.get(2)) ? "200 result=-1\n" : getData();
                case "VARIABLE", "FULL" -> channel.getVariable(args.get(args.size() - 1))
                        .map(v -> "200 result=1 (" + v + ")\n").orElse("200 result=0\n");
                default -> "510 Invalid or unknown command\n";
            };
            case "WAIT" -> waitForDigit();
            case "SET" -> {
                if (second.equals("VARIABLE") && args.size() >= 4) {
                    channel.setVariable(args.get(2), args.get(3));
                }
                yield "200 result=1\n";
            }
            case "STREAM", "CONTROL" -> args.size() > 2 && !channel.hasSound(args.get(2)) ? "200 result=-1 endpos=0\n"
                    : "200 result=0 endpos=8000\n";
            case "EXEC", "VERBOSE", "NOOP", "SAY", "SET_MUSIC", "DATABASE", "CHANNEL" -> "200 result=0\n";
            default -> "510 Invalid or unknown command\n";
        };
    }

    private String getData() {
        String entry = keys.next();
        if (CallerKeys.HANGUP.equals(entry)) {
            hangup();
            return "200 result=-1\n";
        }
        return entry.isEmpty() ? "200 result= (timeout)\n" : "200 result=" + entry + "\n";
    }

    private String waitForDigit() {
        String entry = keys.nextDigit();
        if (CallerKeys.HANGUP.equals(entry)) {
            hangup();
            return "200 result=-1\n";
        }
        return "200 result=" + (entry.isEmpty() ? 0 : (int) entry.charAt(0)) + "\n";
    }

    private void hangup() {
        hungUp = true;
        channel.hangup();
    }

    /** AGI arguments: space separated, double quotes group. */
    static List<String> parse(String command) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (current.length() > 0) {
                    args.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            args.add(current.toString());
        }
        return args;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
