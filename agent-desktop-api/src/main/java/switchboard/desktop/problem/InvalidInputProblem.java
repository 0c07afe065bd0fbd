package switchboard.desktop.problem;

import java.util.List;

/** Thrown by services for input that passes bean validation but breaks a business rule. */
public class InvalidInputProblem extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidInputProblem(String field, String message) {
        super(field + ": " + message);
        this.errors = List.of(new Problem.FieldError(field, message));
    }

    /** Several problems at once, e.g. every rejected row of an import. */
    public InvalidInputProblem(String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
