package switchboard.desktop.report;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import switchboard.desktop.auth.Roles;
import switchboard.desktop.problem.InvalidInputProblem;

/** Interval reports, for supervisors. */
@Path("/api/reports/intervals")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class ReportResource {

    static final Duration LONGEST = Duration.ofDays(31);
    private static final String CSV = "text/csv";

    private final IntervalReport report;

    ReportResource(IntervalReport report) {
        this.report = report;
    }

    /** The intervals asked for: {@code from} and {@code to} as ISO instants, default the last 24 hours. */
    public record Intervals(Instant from, Instant to, List<Interval> intervals) {
    }

    /** JSON unless the client asks for CSV before JSON (a bare {@code Accept: *}{@code /*} gets JSON). */
    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "15-minute interval report", description = "Per interval, per queue and per customer tier: offered, answered, abandoned, short abandons, SL, ASA, AHT; and occupancy. from/to: ISO-8601 instants, widened to 15-minute boundaries, at most 31 days apart; default the last 24 hours. Also as text/csv.")
    public Response intervals(@QueryParam("from") String from, @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        Intervals intervals = between(from, to);
        return wantsCsv(headers.getAcceptableMediaTypes())
                ? Response.ok(IntervalCsv.write(intervals.intervals()), CSV).build()
                : Response.ok(intervals, MediaType.APPLICATION_JSON).build();
    }

    private static boolean wantsCsv(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()) {
                return true;
            }
        }
        return false;
    }

    private Intervals between(String from, String to) {
        Instant end = to == null ? ceil(Instant.now()) : ceil(parse("to", to));
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : floor(parse("from", from));
        if (!start.isBefore(end)) {
            throw new InvalidInputProblem("from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidInputProblem("to", "at most 31 days after from");
        }
        return new Intervals(start, end, report.between(start, end));
    }

    private static Instant parse(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputProblem(field, "'" + value + "' is not an ISO-8601 instant such as 2026-11-22T09:00:00Z");
        }
    }

    private static Instant floor(Instant at) {
        long step = IntervalReport.STEP.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), step) * step);
    }

    private static Instant ceil(Instant at) {
        Instant floor = floor(at);
        return floor.equals(at) ? at : floor.plus(IntervalReport.STEP);
    }
}
