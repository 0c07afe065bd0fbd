package switchboard.desktop.record;

/**
 * A fact with its place in the order of facts: sequence numbers rise by one from fact to fact
 * and are never reused, so the database remembers how far it has applied by one number.
 */
public record JournalEntry(long seq, Fact fact) {
}
