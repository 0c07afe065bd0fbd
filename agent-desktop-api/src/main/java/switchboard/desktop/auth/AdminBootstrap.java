package switchboard.desktop.auth;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

/**
 * Gives a fresh production database its first administrator, from
 * {@code SWB_AUTH_BOOTSTRAP_ADMIN_PASSWORD}, and says so when nobody could log in at all.
 */
@ApplicationScoped
class AdminBootstrap {

    static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final AuthConfig config;
    private final Passwords passwords;

    AdminBootstrap(AuthConfig config, Passwords passwords) {
        this.config = config;
        this.passwords = passwords;
    }

    /** Runs after the demo data loader (default priority), whose data brings its own administrator. */
    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        boolean hasAdmin = AppUser.count("select count(u) from AppUser u join u.roles r where r = ?1", Roles.ADMIN) > 0;
        if (hasAdmin) {
            return;
        }
        if (config.bootstrapAdminPassword().isEmpty()) {
            LOG.warn("No administrator exists: set SWB_AUTH_BOOTSTRAP_ADMIN_PASSWORD and restart to create user 'admin'");
            return;
        }
        AppUser admin = AppUser.byUsername(ADMIN);
        if (admin == null) {
            admin = new AppUser();
            admin.username = ADMIN;
        }
        admin.passwordHash = passwords.hash(config.bootstrapAdminPassword().get());
        admin.roles.add(Roles.ADMIN);
        admin.persist();
        LOG.info("Created the administrator 'admin' from SWB_AUTH_BOOTSTRAP_ADMIN_PASSWORD");
    }
}
