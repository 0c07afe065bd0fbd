package switchboard.desktop;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/** Phone numbers for tests that dial out. */
public final class Numbers {

    private Numbers() {
    }

    /** A number whose local time is well inside 08:00–21:00 now, wherever and whenever this runs. */
    public static String inItsCallingWindow() {
        Map<String, String> candidates = Map.of("+12125550177", "America/New_York", "+442079460177", "Europe/London",
                "+81312345677", "Asia/Tokyo", "+61291234577", "Australia/Sydney");
        return candidates.entrySet().stream().filter(e -> {
            LocalTime local = Instant.now().atZone(ZoneId.of(e.getValue())).toLocalTime();
            return local.isAfter(LocalTime.of(8, 30)) && local.isBefore(LocalTime.of(20, 30));
        }).map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
    }
}
