package switchboard.desktop.auth;

import java.nio.charset.StandardCharsets;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;

/** bcrypt hashing and checking of passwords. */
@ApplicationScoped
public class Passwords {

    private static final int COST = 10;
    /** Checked against when the user does not exist, so both cases take the same time. */
    private static final String ABSENT_USER_HASH = hashOf("no such user");

    public String hash(String password) {
        return hashOf(password);
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                (hash == null ? ABSENT_USER_HASH : hash).getBytes(StandardCharsets.UTF_8)).verified && hash != null;
    }

    private static String hashOf(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }
}
