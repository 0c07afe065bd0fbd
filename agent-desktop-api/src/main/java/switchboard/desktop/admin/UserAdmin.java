package switchboard.desktop.admin;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.auth.AppUser;
import switchboard.desktop.auth.Passwords;
import switchboard.desktop.auth.Roles;
import switchboard.desktop.problem.InvalidInputProblem;
import switchboard.desktop.problem.NotFoundProblem;

/** Creates and changes users: roles, the agent an agent-user works as, enabled, password. */
@ApplicationScoped
public class UserAdmin {

    private static final Set<String> ROLES = Set.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN);

    private final Passwords passwords;

    UserAdmin(Passwords passwords) {
        this.passwords = passwords;
    }

    /** A user as administrators see it; never the password. */
    public record UserView(long id, String username, Set<String> roles, String agent, boolean enabled) {

        static UserView of(AppUser u) {
            Agent agent = u.agentId == null ? null : Agent.findById(u.agentId);
            return new UserView(u.id, u.username, Set.copyOf(u.roles), agent == null ? null : agent.code, u.enabled);
        }
    }

    @Transactional
    public List<UserView> all() {
        return AppUser.<AppUser>list("order by username").stream().map(UserView::of).toList();
    }

    @Transactional
    public UserView create(String username, String password, Set<String> roles, String agentCode) {
        if (AppUser.byUsername(username) != null) {
            throw new InvalidInputProblem("username", "'" + username + "' is taken");
        }
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = passwords.hash(password);
        apply(user, roles, agentCode, true);
        user.persist();
        return UserView.of(user);
    }

    /**
     * Changes roles, agent and enabled; and the password when one is given. Refused (and nothing
     * changed) when it would leave no enabled administrator.
     */
    @Transactional
    public UserView change(long id, Set<String> roles, String agentCode, boolean enabled, String password) {
        AppUser user = AppUser.findById(id);
        if (user == null) {
            throw new NotFoundProblem("user", id);
        }
        apply(user, roles, agentCode, enabled);
        if (password != null) {
            user.passwordHash = passwords.hash(password);
        }
        long admins = AppUser.count("select count(u) from AppUser u join u.roles r where r = ?1 and u.enabled = true",
                Roles.ADMIN);
        if (admins == 0) {
            throw new InvalidInputProblem("roles", "this would leave no enabled administrator");
        }
        return UserView.of(user);
    }

    private static void apply(AppUser user, Set<String> roles, String agentCode, boolean enabled) {
        if (roles == null || roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new InvalidInputProblem("roles", "give one or more of " + ROLES);
        }
        Long agentId = null;
        if (agentCode != null && !agentCode.isBlank()) {
            Agent agent = Agent.find("code", agentCode).firstResult();
            if (agent == null) {
                throw new InvalidInputProblem("agent", "no agent '" + agentCode + "'");
            }
            agentId = agent.id;
        }
        if (roles.contains(Roles.AGENT) && agentId == null) {
            throw new InvalidInputProblem("agent", "a user with the agent role works as an agent: give its code");
        }
        user.roles.clear();
        user.roles.addAll(roles);
        user.agentId = agentId;
        user.enabled = enabled;
    }
}
