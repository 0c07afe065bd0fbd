package switchboard.desktop.callcenter;

import java.util.List;

import switchboard.desktop.queue.RoutingQueue;
import switchboard.routing.QueueConfig;

/**
 * A stored queue as live calls use it: the routing engine's configuration and the disposition
 * codes its agents choose from.
 */
public record RoutedQueue(QueueConfig routing, List<DispositionOption> dispositionCodes) {

    public RoutedQueue {
        dispositionCodes = List.copyOf(dispositionCodes);
    }

    /**
     * From the entity, inside the transaction that read it.
     *
     * @throws IllegalArgumentException when the engine would refuse it (relaxation steps out of order)
     */
    public static RoutedQueue of(RoutingQueue queue) {
        return new RoutedQueue(QueueConfigs.of(queue), DispositionOption.of(queue));
    }

    String name() {
        return routing.name();
    }
}
