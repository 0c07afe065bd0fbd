package switchboard.desktop.callcenter;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import switchboard.desktop.callback.CallbackRequest;
import switchboard.desktop.calllog.InteractionFact;
import switchboard.desktop.interaction.Interaction;
import switchboard.desktop.record.Recorder;

/** What the IVR asks of live calls (from FastAGI threads), and the calls it finishes itself. */
@ApplicationScoped
public class IvrCalls {

    private final CallLoop loop;
    private final Recorder recorder;

    IvrCalls(CallLoop loop, Recorder recorder) {
        this.loop = loop;
        this.recorder = recorder;
    }

    /**
     * How long a caller of this intent (and language) would wait if they joined the queue now.
     * Empty when the call center does not run or does not answer within a second.
     */
    public OptionalDouble expectedWaitSeconds(String intent, String language) {
        if (!loop.running()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(loop.call(() -> loop.engine().expectedWaitSeconds(
                    loop.roster().queueFor(intent, language))).get(1, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        } catch (ExecutionException | TimeoutException e) {
            return OptionalDouble.empty();
        }
    }

    /** The queue a caller of this intent (and language) waits in. */
    public CompletableFuture<String> queueOf(String intent, String language) {
        return loop.call(() -> loop.roster().queueFor(intent, language));
    }

    /** The IVR finished the call in self-service: recorded as contained. */
    public void containedInIvr(String uniqueId, String ani, Long customerId, String ivrPath) {
        loop.execute(() -> recorder.emit(new InteractionFact.EndedInIvr(ivrCallId(uniqueId), ani, customerId, null,
                ivrPath, Interaction.Outcome.CONTAINED_IN_IVR, Instant.now())));
    }

    /**
     * The caller booked a callback in the IVR instead of waiting in {@code queue}: the callback is
     * booked, due at once, and the call recorded as such.
     */
    public void callbackInIvr(String uniqueId, String ani, Long customerId, String queue) {
        Instant now = Instant.now();
        loop.execute(() -> {
            recorder.emit(new InteractionFact.EndedInIvr(ivrCallId(uniqueId), ani, customerId, queue, null,
                    Interaction.Outcome.CALLBACK_REQUESTED, now));
            recorder.emit(new CallbackRequest(ani, queue, customerId, now));
        });
    }

    /** The call id of the channel the IVR served, or {@code ivr:<uniqueid>} for a PBX this center does not watch. */
    private String ivrCallId(String uniqueId) {
        for (ActiveCall call : loop.calls()) {
            if (call.callId.endsWith(":" + uniqueId)) {
                return call.callId;
            }
        }
        return "ivr:" + uniqueId;
    }
}
