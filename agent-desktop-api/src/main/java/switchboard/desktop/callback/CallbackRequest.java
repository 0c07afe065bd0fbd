package switchboard.desktop.callback;

import java.time.Instant;

import switchboard.desktop.record.Fact;

/**
 * A caller asked in the IVR to be called back instead of waiting in {@code queue}: due at once,
 * from the time they asked. Written by {@link CallbackRecords}, so a request made while the
 * database is away waits in the journal instead of being lost.
 */
public record CallbackRequest(String phone, String queue, Long customerId, Instant at) implements Fact {
}
