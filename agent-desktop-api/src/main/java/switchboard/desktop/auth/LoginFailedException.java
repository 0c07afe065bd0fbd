package switchboard.desktop.auth;

/** Wrong username or password, or a disabled user: the caller is not told which. */
public class LoginFailedException extends RuntimeException {

    public LoginFailedException() {
        super("Invalid username or password");
    }
}
