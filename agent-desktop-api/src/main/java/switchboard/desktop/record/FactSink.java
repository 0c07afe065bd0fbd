package switchboard.desktop.record;

/**
 * Writes facts of some types to the database. Called by the recorder's one writer thread inside
 * the batch's transaction, in the order the facts were emitted; a sink never starts a
 * transaction of its own. A fact that cannot apply (its row is gone) is skipped with a warning;
 * a sink throws only when the database fails, and the batch is then tried again.
 */
public interface FactSink {

    /** Whether this sink writes facts of this kind. */
    boolean accepts(Fact fact);

    /** Writes the fact, in the caller's transaction. */
    void apply(Fact fact);
}
