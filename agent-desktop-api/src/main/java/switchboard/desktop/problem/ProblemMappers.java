package switchboard.desktop.problem;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** Turns every exception that reaches the REST layer into a problem response. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldPaths.clientName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.invalid(errors.size() == 1 ? "One field is invalid" : errors.size() + " fields are invalid",
                errors).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputProblem e) {
        return Problem.invalid(e.getMessage(), e.errors()).toResponse();
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response unreadable(JsonProcessingException e) {
        String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? " at '" + FieldPaths.jsonPath(mapping.getPath()) + "'"
                : "";
        return Problem.of(Status.BAD_REQUEST, "The request body is not valid JSON for this resource" + where + ": "
                + e.getOriginalMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e) {
        return Problem.of(Status.NOT_FOUND, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated() {
        return Response.fromResponse(Problem.of(Status.UNAUTHORIZED,
                "Log in first: send 'Authorization: Bearer <token>' with a token from POST /api/auth/login")
                .toResponse()).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Status.FORBIDDEN, "Your role does not allow this").toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Status status = Status.fromStatusCode(e.getResponse().getStatus());
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? (status == null ? "Request failed" : status.getReasonPhrase())
                : e.getMessage();
        return new Problem("about:blank", status == null ? "Error" : status.getReasonPhrase(),
                e.getResponse().getStatus(), detail, List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (hasNulCharacter(e)) {
            return Problem.invalid("Text sent may not contain a NUL character (\\u0000)", List.of()).toResponse();
        }
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("A request needed the database, which is unreachable: %s", e.getMessage());
            return Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE, DatabaseOutage.IN_WORDS).toResponse())
                    .header("Retry-After", "30").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return Problem.of(Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; quote incident " + incident + " when reporting it").toResponse();
    }

    /** PostgreSQL refuses text with a NUL character (SQL state 22021): the client's input, not our failure. */
    private static boolean hasNulCharacter(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "22021".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** How a constraint violation's path reads to a client. */
    static final class FieldPaths {

        private FieldPaths() {
        }

        /**
         * Drops the method and parameter nodes of a REST method's violation path
         * ({@code create.request.phones[0].number} becomes {@code phones[0].number}).
         */
        static String clientName(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            String[] parts = path.split("\\.", 3);
            return parts.length == 3 ? parts[2] : parts[parts.length - 1];
        }

        static String jsonPath(List<JsonMappingException.Reference> references) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : references) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }
    }
}
