package switchboard.ivr.config;

import java.util.List;

/** An IVR configuration that cannot run, with every problem found. */
public class IvrConfigException extends RuntimeException {

    private final transient List<String> problems;

    public IvrConfigException(String source, List<String> problems) {
        super("IVR configuration " + source + " is invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
