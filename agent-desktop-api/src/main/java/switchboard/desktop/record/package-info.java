/**
 * Records that are never lost: what happened on calls is emitted as
 * {@link switchboard.desktop.record.Fact}s without waiting, forced to a journal on local disk
 * ({@link switchboard.desktop.record.Journal}) and written to the database in order, in batches,
 * by one writer ({@link switchboard.desktop.record.Recorder}) through the
 * {@link switchboard.desktop.record.FactSink}s of the features that own the tables. A database
 * outage or a crash delays records and loses none; a batch tried again is not applied twice.
 */
package switchboard.desktop.record;
