package switchboard.desktop.problem;

/** Thrown when a resource the caller named does not exist (or is not theirs to see). */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}
