package switchboard.desktop.staffing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Api.PROBLEM_JSON;
import static switchboard.desktop.Api.as;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Planners ask how many agents an interval needs. */
@QuarkusTest
class StaffingTest {

    @Test
    void tenErlangsAtEightyInTwentyNeedFourteenAgentsOnThePhones() {
        // 100 calls in 30 min of 3 min each: the textbook 10 Erlangs: 13 agents reach 79.6 %, 14 reach 88.8 %.
        as("supervisor").queryParam("calls", 100).queryParam("ahtSeconds", 180).get("/api/staffing")
                .then().statusCode(200)
                .body("model", equalTo("erlang-c"))
                .body("loadErlangs", equalTo(10.0))
                .body("agents", equalTo(14))
                .body("scheduled", equalTo(20))
                .body("serviceLevelPercent", equalTo(88.8))
                .body("abandonPercent", nullValue());
    }

    @Test
    void patientCallersKnownErlangANeedsNoMoreAgentsAndPredictsAbandons() {
        JsonPath c = staff(null);
        JsonPath a = staff(60.0);
        assertTrue(a.getInt("agents") <= c.getInt("agents"), a.prettify());
        assertTrue(a.getDouble("serviceLevelPercent") >= 90.0, a.prettify());
        assertTrue(a.getDouble("abandonPercent") > 0, a.prettify());
    }

    @Test
    void aBadForecastIsRefusedFieldByField() {
        as("supervisor").queryParam("ahtSeconds", -5).queryParam("slTargetPercent", 100).get("/api/staffing")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItems("calls", "ahtSeconds", "slTargetPercent"));
        as("supervisor").queryParam("calls", 10_000_000).queryParam("ahtSeconds", 300).get("/api/staffing")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("calls"));
    }

    @Test
    void agentsCannotPlanStaffing() {
        as("agent1001").queryParam("calls", 100).queryParam("ahtSeconds", 180).get("/api/staffing")
                .then().statusCode(403);
    }

    private static JsonPath staff(Double patienceSeconds) {
        var request = as("supervisor").queryParam("calls", 600).queryParam("intervalMinutes", 60)
                .queryParam("ahtSeconds", 300).queryParam("slTargetPercent", 90).queryParam("slSeconds", 30);
        if (patienceSeconds != null) {
            request.queryParam("patienceSeconds", patienceSeconds);
        }
        return request.get("/api/staffing").then().statusCode(200)
                .body("agents", greaterThan(50)).body("occupancyPercent", lessThan(100.0))
                .extract().jsonPath();
    }
}
