package switchboard.desktop.callcenter;

import java.util.List;

import switchboard.desktop.queue.DispositionCode;
import switchboard.desktop.queue.RoutingQueue;

/** An outcome an agent may record for a call of a queue, as the pop lists it and the loop checks it. */
public record DispositionOption(String code, String label, boolean schedulesCallback) {

    /** The queue's codes (or the shared ones), inside the transaction that read the queue. */
    static List<DispositionOption> of(RoutingQueue queue) {
        return DispositionCode.forQueue(queue.id).stream()
                .map(c -> new DispositionOption(c.code, c.label, c.schedulesCallback)).toList();
    }
}
