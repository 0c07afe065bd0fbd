package switchboard.desktop.auth;

import java.nio.charset.StandardCharsets;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import switchboard.desktop.problem.InvalidInputProblem;

/** bcrypt hashing and checking of passwords. */
@ApplicationScoped
public class Passwords {

    private static final int COST = 10;
    /** bcrypt reads at most this many bytes of a password. */
    static final int MAX_BYTES = 72;
    /** Checked against when the user does not exist, so both cases take the same time. */
    private static final String ABSENT_USER_HASH = hashOf("no such user");

    /** The password's hash; a password longer than bcrypt can read is refused in words (400). */
    public String hash(String password) {
        checkLength(password);
        return hashOf(password);
    }

    /** Whether the password is the one hashed; one longer than any password can be is refused in words (400). */
    public boolean matches(String password, String hash) {
        checkLength(password);
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                (hash == null ? ABSENT_USER_HASH : hash).getBytes(StandardCharsets.UTF_8)).verified && hash != null;
    }

    private static void checkLength(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputProblem("password", "must be at most " + MAX_BYTES + " bytes long");
        }
    }

    private static String hashOf(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }
}
