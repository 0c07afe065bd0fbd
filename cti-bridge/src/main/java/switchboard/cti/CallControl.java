package switchboard.cti;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Commands to calls, by call id ({@link CallId} as text). Every method returns at once, without
 * network I/O on the caller's thread: the command is sent from the bridge's own threads and the
 * future completes with the PBX's answer. Failures the PBX reports complete normally with a
 * failed {@link CommandResult}; the future fails only for a call id that names no known PBX.
 */
public interface CallControl {

    /** Rings an agent's device with a waiting call; the caller returns to hold if nobody answers. */
    CompletableFuture<CommandResult> redirectToAgent(String callId, String deviceInterface, int ringSeconds);

    /** Takes a connected call back to the ACD: to wait in {@code queue}, or for {@code agentCode} (one blank). */
    CompletableFuture<CommandResult> transfer(String callId, String queue, String agentCode);

    CompletableFuture<CommandResult> hold(String callId);

    CompletableFuture<CommandResult> unhold(String callId);

    /** Sends the caller's channel to {@code exten@context}. */
    CompletableFuture<CommandResult> sendTo(String callId, String context, String exten);

    /**
     * Places a call; completes once the PBX took the request or refused it, with the new call's
     * id ({@link CommandResult#callId()}); the call's outcome follows as {@link CtiEvent.OriginateResult}.
     */
    CompletableFuture<CommandResult> originate(String channel, String context, String exten, String callerId,
            Map<String, String> variables, long timeoutMillis);

    CompletableFuture<CommandResult> hangup(String callId);

    /** Rings the supervisor's device and joins them to the connected call in the given mode. */
    CompletableFuture<CommandResult> spy(String callId, String supervisorDevice, SpyMode mode);

    CompletableFuture<CommandResult> startRecording(String callId, String file);

    CompletableFuture<CommandResult> stopRecording(String callId);

    CompletableFuture<CommandResult> setVariable(String callId, String variable, String value);
}
