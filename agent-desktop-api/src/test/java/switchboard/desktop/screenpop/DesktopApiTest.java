package switchboard.desktop.screenpop;

import static org.hamcrest.Matchers.equalTo;
import static switchboard.desktop.Api.PROBLEM_JSON;
import static switchboard.desktop.Api.as;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The desktop's commands over REST act for the caller's own agent, with the socket's rules. */
@QuarkusTest
class DesktopApiTest {

    @Test
    void anAgentGoesOnBreakAndBackOverRest() {
        as("agent1002").body(Map.of("state", "not-ready", "reason", "lunch")).put("/api/desktop/state")
                .then().statusCode(204);
        as("supervisor").get("/api/agents").then()
                .body("find { it.agent == '1002' }.state", equalTo("NOT_READY"))
                .body("find { it.agent == '1002' }.reason", equalTo("lunch"));
        as("agent1002").body(Map.of("state", "ready")).put("/api/desktop/state").then().statusCode(204);
        as("supervisor").get("/api/agents").then()
                .body("find { it.agent == '1002' }.state", equalTo("AVAILABLE"));
    }

    @Test
    void commandsOnSomeoneElsesCallOrInNonsenseAreRefusedInWords() {
        as("agent1002").body(Map.of("state", "asleep")).put("/api/desktop/state")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("state"));
        as("agent1002").body(Map.of("code", "resolved")).post("/api/desktop/calls/sim:nope/disposition")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("detail", equalTo("No call sim:nope of yours to put a disposition on"));
        as("agent1002").post("/api/desktop/calls/sim:nope/hangup")
                .then().statusCode(409).body("detail", equalTo("No call sim:nope of yours to hang up"));
        as("agent1002").body(Map.of("notes", "no code")).post("/api/desktop/calls/sim:nope/disposition")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        as("supervisor").body(Map.of("state", "ready")).put("/api/desktop/state").then().statusCode(403);
    }
}
