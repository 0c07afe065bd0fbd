package switchboard.pbxsim.pbx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the subset of Asterisk's extensions.conf that Switchboard ships: {@code [context]},
 * {@code [globals]} assignments, {@code exten => pattern,1,App(data)} and
 * {@code same => n(label),App(data)}. A line it does not understand is an error naming the line,
 * so the simulator never silently runs a different dialplan from the one shipped.
 */
public final class DialplanParser {

    private static final Pattern CONTEXT = Pattern.compile("^\\[([\\w-]+)]$");
    private static final Pattern EXTEN = Pattern.compile("^exten\\s*=>\\s*([^,]+),\\s*(\\d+|n)(?:\\((\\w+)\\))?,(.*)$");
    private static final Pattern SAME = Pattern.compile("^same\\s*=>\\s*(n|\\d+)(?:\\((\\w+)\\))?,(.*)$");
    private static final Pattern APPLICATION = Pattern.compile("^(\\w+)(?:\\((.*)\\))?$");
    private static final Pattern GLOBAL = Pattern.compile("^(\\w+)\\s*=\\s*(.*)$");

    private DialplanParser() {
    }

    /** Parses the extensions.conf on the classpath at {@code resource}. */
    public static Dialplan fromClasspath(String resource) {
        InputStream in = DialplanParser.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no dialplan resource " + resource);
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static Dialplan parse(Reader source) {
        Dialplan dialplan = new Dialplan();
        String context = null;
        String exten = null;
        int number = 0;
        try (BufferedReader reader = new BufferedReader(source)) {
            String raw;
            while ((raw = reader.readLine()) != null) {
                number++;
                String line = stripComment(raw).strip();
                if (line.isEmpty()) {
                    continue;
                }
                Matcher m;
                if ((m = CONTEXT.matcher(line)).matches()) {
                    context = m.group(1);
                    exten = null;
                } else if ("globals".equals(context) && (m = GLOBAL.matcher(line)).matches()) {
                    dialplan.global(m.group(1), m.group(2).strip());
                } else if ((m = EXTEN.matcher(line)).matches() && context != null) {
                    exten = m.group(1).strip();
                    dialplan.append(context, exten, step(m.group(4), m.group(3), number));
                } else if ((m = SAME.matcher(line)).matches() && exten != null) {
                    dialplan.append(context, exten, step(m.group(3), m.group(2), number));
                } else {
                    throw new IllegalArgumentException("extensions.conf line " + number + " not understood: " + raw);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dialplan;
    }

    private static Dialplan.Step step(String application, String label, int line) {
        Matcher m = APPLICATION.matcher(application.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("extensions.conf line " + line + ": bad application " + application);
        }
        return new Dialplan.Step(m.group(1), m.group(2) == null ? "" : m.group(2), label);
    }

    private static String stripComment(String line) {
        int semicolon = line.indexOf(';');
        return semicolon < 0 ? line : line.substring(0, semicolon);
    }
}
