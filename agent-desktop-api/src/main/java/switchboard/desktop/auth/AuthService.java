package switchboard.desktop.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import switchboard.desktop.agent.Agent;

/** Checks credentials and issues tokens. */
@ApplicationScoped
public class AuthService {

    static final String AGENT_ID_CLAIM = "agentId";
    /** The agent's code, so calls and desktops need no database to know whose they are. */
    static final String AGENT_CODE_CLAIM = "agentCode";

    private final Passwords passwords;
    private final AuthConfig config;
    private final Clock clock;

    AuthService(Passwords passwords, AuthConfig config, Clock clock) {
        this.passwords = passwords;
        this.config = config;
        this.clock = clock;
    }

    /** A session for valid credentials of an enabled user; {@link LoginFailedException} otherwise. */
    @Transactional
    public Session login(String username, String password) {
        AppUser user = AppUser.byUsername(username);
        boolean valid = passwords.matches(password, user == null ? null : user.passwordHash);
        if (!valid || !user.enabled) {
            throw new LoginFailedException();
        }
        Instant expiresAt = clock.instant().plus(config.tokenLifetime());
        Set<String> roles = new TreeSet<>(user.roles);
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .upn(user.username)
                .subject(user.username)
                .groups(roles)
                .issuedAt(clock.instant())
                .expiresAt(expiresAt);
        if (user.agentId != null) {
            claims.claim(AGENT_ID_CLAIM, user.agentId);
            Agent agent = Agent.findById(user.agentId);
            if (agent != null) {
                claims.claim(AGENT_CODE_CLAIM, agent.code);
            }
        }
        return new Session(claims.sign(), "Bearer", expiresAt, user.username, roles, user.agentId);
    }
}
