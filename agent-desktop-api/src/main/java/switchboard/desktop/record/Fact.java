package switchboard.desktop.record;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something that happened and must be written down: an interaction's step, an agent's state
 * change, a dial attempt's outcome. Facts are immutable values carrying their own time; they
 * are emitted without waiting ({@link Recorder#emit}) and applied later, in the order emitted,
 * by the {@link FactSink} that accepts them.
 *
 * <p>A fact is kept in the journal as JSON with its class name, so a fact type is a Java record
 * whose components Jackson can write and read.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, property = "@fact")
public interface Fact {
}
