package switchboard.desktop.callcenter;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import switchboard.routing.AgentStatus;

/**
 * What happens at agents' desks beyond routing: the simulated call center's agents are one
 * such plug-in ({@link SimulatedAgents}); in production there is none ({@link #NONE}). Called
 * on the routing loop; implementations never wait there.
 */
interface DeskHooks {

    DeskHooks NONE = new DeskHooks() {
    };

    /** Whether agents' phones can be picked up from the desktop ({@link #answer}); the pop says so. */
    default boolean answersOnDesktop() {
        return false;
    }

    /** Whether the plug-in logs this agent in and makes them ready by itself (no person at their desk). */
    default boolean staffs(String agentCode) {
        return false;
    }

    /** A person opened a desktop of the agent. */
    default void deskOpened(String agentCode) {
    }

    /** The person closed the agent's last desktop. */
    default void deskClosed(String agentCode) {
    }

    /** The engine changed the agent's state. */
    default void stateChanged(AgentStatus status) {
    }

    /**
     * Picks up the agent's ringing phone from the desktop, for phones that can be; empty when
     * a person must pick up their own phone.
     */
    default Optional<CompletableFuture<Optional<String>>> answer(String agentCode, String deviceInterface) {
        return Optional.empty();
    }
}
