package switchboard.ivr.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The IVR as data.
 *
 * @param languages the language menu (skipped for known callers)
 * @param defaultLanguage the language of the first prompts and of callers who choose none
 * @param intents the main menu
 * @param defaultIntent where callers go who choose nothing valid
 * @param fastPath the tiers that get the short priority menu, and its options
 * @param account account-number entry
 * @param verification identity-code entry
 * @param menu retries and timeout of every menu
 * @param callback when a callback is offered
 * @param hours opening hours; outside them callers hear {@code closed}
 * @param prompts prompt key → sound file name (Asterisk core sounds where they exist)
 */
public record IvrConfig(List<Option> languages, String defaultLanguage, List<Option> intents, String defaultIntent,
        FastPath fastPath, Entry account, Entry verification, Menu menu, Callback callback, Hours hours,
        Map<String, String> prompts) {

    /** The prompts the script plays. */
    public static final List<String> PROMPTS = List.of("closed", "welcome", "welcomeBack", "chooseLanguage",
            "mainMenu", "priorityMenu", "invalid", "goodbye", "thankYou", "enterAccount", "accountNotFound",
            "enterCode", "codeWrong", "balanceIs", "callbackOffer", "callbackConfirmed", "connecting");

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /**
     * A menu option: a key and what it means. For the language menu {@code value} is the
     * language code; for intent menus the intent, or {@code selfService} names a self-service
     * function (only {@code balance} exists).
     */
    public record Option(String digit, String value, String selfService, boolean needsAccount) {
    }

    /** Tiers that get the priority menu instead of the main menu. */
    public record FastPath(Set<String> tiers, List<Option> intents) {
    }

    /** Keyed entry: how many digits, how many attempts, how long to wait for them. */
    public record Entry(int digits, int attempts, long timeoutMillis) {
    }

    /** Menu attempts and timeout. */
    public record Menu(int attempts, long timeoutMillis) {
    }

    /** Callers whose expected wait is above this are offered a callback. */
    public record Callback(double offerAboveSeconds) {
    }

    /** Open from {@code open} to {@code close} (HH:mm) on {@code days}, in {@code zone}. */
    public record Hours(String zone, String open, String close, Set<DayOfWeek> days) {

        /** Whether the contact center is open at the clock's instant. */
        public boolean isOpen(Clock clock) {
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneId.of(zone)));
            LocalTime time = now.toLocalTime();
            return days.contains(now.getDayOfWeek()) && !time.isBefore(LocalTime.parse(open))
                    && time.isBefore(LocalTime.parse(close));
        }
    }

    /** Reads and validates a configuration; {@code source} names it in errors. */
    public static IvrConfig load(InputStream json, String source) {
        IvrConfig config;
        try {
            config = JSON.readValue(json, IvrConfig.class);
        } catch (JsonProcessingException e) {
            throw new IvrConfigException(source, List.of(e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read IVR configuration " + source, e);
        }
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new IvrConfigException(source, problems);
        }
        return config;
    }

    public String prompt(String key) {
        return prompts.get(key);
    }

    /** Everything wrong with this configuration; empty when it can run. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        options("languages", languages, problems);
        options("intents", intents, problems);
        if (fastPath == null || fastPath.tiers() == null) {
            problems.add("fastPath.tiers is required (an empty list for none)");
        } else {
            options("fastPath.intents", fastPath.intents(), problems);
        }
        if (languages != null && languages.stream().noneMatch(o -> o.value() != null && o.value().equals(defaultLanguage))) {
            problems.add("defaultLanguage '" + defaultLanguage + "' is not one of the languages");
        }
        if (defaultIntent == null || defaultIntent.isBlank()) {
            problems.add("defaultIntent is required");
        }
        entry("account", account, problems);
        entry("verification", verification, problems);
        if (menu == null || menu.attempts() < 1 || menu.timeoutMillis() < 1_000) {
            problems.add("menu needs attempts >= 1 and timeoutMillis >= 1000");
        }
        if (callback == null || callback.offerAboveSeconds() < 0) {
            problems.add("callback.offerAboveSeconds must be 0 or more");
        }
        hours(problems);
        for (String key : PROMPTS) {
            if (prompts == null || prompts.get(key) == null || prompts.get(key).isBlank()) {
                problems.add("prompts." + key + " is missing");
            }
        }
        return problems;
    }

    private static void options(String path, List<Option> options, List<String> problems) {
        if (options == null || options.isEmpty()) {
            problems.add(path + " needs at least one option");
            return;
        }
        Set<String> digits = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            String at = path + "[" + i + "]";
            if (option.digit() == null || !option.digit().matches("[0-9*#]")) {
                problems.add(at + ".digit must be one key: 0-9, * or #");
            } else if (!digits.add(option.digit())) {
                problems.add(at + ".digit '" + option.digit() + "' is used twice in " + path);
            }
            boolean hasValue = option.value() != null && !option.value().isBlank();
            if (hasValue == (option.selfService() != null)) {
                problems.add(at + " needs exactly one of value and selfService");
            }
            if (option.selfService() != null && !option.selfService().equals("balance")) {
                problems.add(at + ".selfService '" + option.selfService() + "' is unknown (only balance exists)");
            }
        }
    }

    private static void entry(String path, Entry entry, List<String> problems) {
        if (entry == null || entry.digits() < 1 || entry.attempts() < 1 || entry.timeoutMillis() < 1_000) {
            problems.add(path + " needs digits >= 1, attempts >= 1 and timeoutMillis >= 1000");
        }
    }

    private void hours(List<String> problems) {
        if (hours == null) {
            problems.add("hours is required");
            return;
        }
        try {
            ZoneId.of(hours.zone());
            if (!LocalTime.parse(hours.open()).isBefore(LocalTime.parse(hours.close()))) {
                problems.add("hours.open must be before hours.close");
            }
        } catch (DateTimeException | NullPointerException e) {
            problems.add("hours needs a zone such as America/New_York and open/close as HH:mm");
        }
        if (hours.days() == null || hours.days().isEmpty()) {
            problems.add("hours.days needs at least one day");
        }
    }
}
