package switchboard.desktop.callback;

import jakarta.enterprise.context.ApplicationScoped;
import switchboard.desktop.queue.RoutingQueue;
import switchboard.desktop.record.Fact;
import switchboard.desktop.record.FactSink;

/** Books the callbacks callers asked for in the IVR, in the recorder's transaction. */
@ApplicationScoped
public class CallbackRecords implements FactSink {

    private final Callbacks callbacks;

    CallbackRecords(Callbacks callbacks) {
        this.callbacks = callbacks;
    }

    @Override
    public boolean accepts(Fact fact) {
        return fact instanceof CallbackRequest;
    }

    @Override
    public void apply(Fact fact) {
        CallbackRequest request = (CallbackRequest) fact;
        RoutingQueue queue = request.queue() == null ? null : RoutingQueue.find("name", request.queue()).firstResult();
        callbacks.fromIvr(request.phone(), queue == null ? null : queue.id, request.customerId(), request.at());
    }
}
