package switchboard.desktop.callcenter;

import java.time.Instant;

/**
 * An agent's account of a call.
 *
 * @param code one of the queue's disposition codes
 * @param notes free text, or null
 * @param callbackAt when to call back, for a code that schedules a callback; otherwise null
 */
public record Disposition(String code, String notes, Instant callbackAt) {
}
