package switchboard.desktop.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import switchboard.desktop.report.Occupancy.Change;

/** Occupancy is time handling calls over that plus time ready, cut at interval boundaries. */
class OccupancyTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private final Occupancy occupancy = new Occupancy(NINE, at(30), Duration.ofMinutes(15));

    @Test
    void aCallAcrossTheBoundaryCountsInBothIntervals() {
        occupancy.add(List.of(new Change(1, "AVAILABLE", at(0)), new Change(1, "ON_CALL", at(10)),
                new Change(1, "WRAP_UP", at(20)), new Change(1, "AVAILABLE", at(25))), at(30));
        assertEquals(33.3, occupancy.percent(0));
        assertEquals(66.7, occupancy.percent(1));
    }

    @Test
    void aStateEnteredBeforeTheReportCountsFromItsStartAndBreaksCountForNothing() {
        occupancy.add(List.of(new Change(1, "ON_CALL", at(-40)), new Change(1, "NOT_READY", at(5)),
                new Change(2, "AVAILABLE", at(-3))), at(30));
        // Agent 1: 5 min on a call, then on break; agent 2: ready all along.
        assertEquals(25.0, occupancy.percent(0));
        assertEquals(0.0, occupancy.percent(1));
    }

    @Test
    void nobodyReadyMeansNoFigureRatherThanZero() {
        occupancy.add(List.of(new Change(1, "LOGGED_OUT", at(-60))), at(30));
        assertNull(occupancy.percent(0));
    }

    @Test
    void theLastStateStopsAtTheEndGiven() {
        occupancy.add(List.of(new Change(1, "ON_CALL", at(0)), new Change(2, "AVAILABLE", at(0))), at(10));
        assertEquals(50.0, occupancy.percent(0));
        assertNull(occupancy.percent(1));
    }

    private static Instant at(int minutes) {
        return NINE.plus(Duration.ofMinutes(minutes));
    }
}
