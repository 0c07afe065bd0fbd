package switchboard.cti;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Every PBX Switchboard works with: one {@link PbxConnection} each, all reporting to one listener,
 * and commands routed by the PBX id at the front of the call id.
 */
public final class CtiBridge implements CallControl, AutoCloseable {

    private final Map<String, PbxConnection> connections = new LinkedHashMap<>();

    public CtiBridge(List<PbxConfig> pbxs, CtiListener listener) {
        for (PbxConfig pbx : pbxs) {
            if (connections.put(pbx.id(), new PbxConnection(pbx, listener)) != null) {
                throw new IllegalArgumentException("two PBXs have the id " + pbx.id());
            }
        }
    }

    /** Connects to every PBX (each retries in the background until it can). */
    public void start() {
        connections.values().forEach(PbxConnection::start);
    }

    /** The connection to one PBX. */
    public PbxConnection pbx(String pbxId) {
        PbxConnection connection = connections.get(pbxId);
        if (connection == null) {
            throw new IllegalArgumentException("no PBX " + pbxId);
        }
        return connection;
    }

    @Override
    public CompletableFuture<CommandResult> redirectToAgent(String callId, String deviceInterface, int ringSeconds) {
        return of(callId).redirectToAgent(callId, deviceInterface, ringSeconds);
    }

    @Override
    public CompletableFuture<CommandResult> transfer(String callId, String queue, String agentCode) {
        return of(callId).transfer(callId, queue, agentCode);
    }

    @Override
    public CompletableFuture<CommandResult> hold(String callId) {
        return of(callId).hold(callId);
    }

    @Override
    public CompletableFuture<CommandResult> unhold(String callId) {
        return of(callId).unhold(callId);
    }

    @Override
    public CompletableFuture<CommandResult> sendTo(String callId, String context, String exten) {
        return of(callId).sendTo(callId, context, exten);
    }

    /** Originates on the first PBX configured, the one outbound calls leave from; see {@link PbxConnection#originate}. */
    @Override
    public CompletableFuture<CommandResult> originate(String channel, String context, String exten, String callerId,
            Map<String, String> variables, long timeoutMillis) {
        if (connections.isEmpty()) {
            return CompletableFuture.completedFuture(CommandResult.failed("No PBX to dial from"));
        }
        return connections.values().iterator().next().originate(channel, context, exten, callerId, variables,
                timeoutMillis);
    }

    @Override
    public CompletableFuture<CommandResult> hangup(String callId) {
        return of(callId).hangup(callId);
    }

    @Override
    public CompletableFuture<CommandResult> spy(String callId, String supervisorDevice, SpyMode mode) {
        return of(callId).spy(callId, supervisorDevice, mode);
    }

    @Override
    public CompletableFuture<CommandResult> startRecording(String callId, String file) {
        return of(callId).startRecording(callId, file);
    }

    @Override
    public CompletableFuture<CommandResult> stopRecording(String callId) {
        return of(callId).stopRecording(callId);
    }

    @Override
    public CompletableFuture<CommandResult> setVariable(String callId, String variable, String value) {
        return of(callId).setVariable(callId, variable, value);
    }

    @Override
    public void close() {
        connections.values().forEach(PbxConnection::close);
    }

    private PbxConnection of(String callId) {
        return pbx(CallId.parse(callId).pbxId());
    }
}
