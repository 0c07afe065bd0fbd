package switchboard.desktop.record;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where facts wait while the database is away, and how they are written. */
@ConfigMapping(prefix = "swb.records")
public interface RecorderConfig {

    /** The journal's directory on local disk; it must survive a restart. */
    @WithDefault("${swb.state-dir:.switchboard}/journal")
    String journal();

    /** At most this many facts in one transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long the writer waits before trying an unreachable database again. */
    @WithDefault("PT1S")
    Duration retryInterval();
}
