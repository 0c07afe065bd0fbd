package switchboard.desktop.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static switchboard.desktop.Api.PROBLEM_JSON;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Api.as;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import switchboard.desktop.SocketClient;

/** Administrators manage who logs in: a new agent-user can log in at once, a disabled one is out at once; the last administrator stays. */
@QuarkusTest
class UserAdminTest {

    @TestHTTPResource("/ws/agent")
    URI agentEndpoint;

    @Test
    void anAdministratorCreatesAnAgentUserWhoLogsInAndCanBeDisabled() throws Exception {
        int id = as("admin").body(Map.of("username", "nina.l", "password", "correct horse", "roles", List.of("agent"),
                "agent", "1014")).post("/api/admin/users").then().statusCode(201)
                .body("agent", equalTo("1014")).body("roles", equalTo(List.of("agent"))).extract().path("id");
        login("nina.l", "correct horse").statusCode(200).body("agentId", equalTo(14));
        as("admin").get("/api/admin/users").then().body("username", hasItem("nina.l"));

        String token = login("nina.l", "correct horse").extract().path("token");
        given().auth().oauth2(token).get("/api/queues").then().statusCode(200);

        as("admin").body(Map.of("roles", List.of("agent"), "agent", "1014", "enabled", false))
                .put("/api/admin/users/" + id).then().statusCode(200).body("enabled", equalTo(false));
        login("nina.l", "correct horse").statusCode(401);
        given().auth().oauth2(token).get("/api/queues").then().statusCode(401).contentType(PROBLEM_JSON)
                .body("detail", equalTo("This login has been disabled; ask an administrator"));
        SocketClient desk = new SocketClient();
        SocketClient.connect(desk, agentEndpoint, token);
        assertTrue(desk.closedByServer(), "a disabled agent's desktop is turned away");
    }

    @Test
    void badUsersAreRefusedInWordsAndTheLastAdministratorStays() {
        as("admin").body(Map.of("username", "x", "password", "short", "roles", List.of("agent"), "agent", "1014"))
                .post("/api/admin/users").then().statusCode(400).contentType(PROBLEM_JSON);
        as("admin").body(Map.of("username", "no.agent", "password", "long enough", "roles", List.of("agent")))
                .post("/api/admin/users").then().statusCode(400).body("errors[0].field", equalTo("agent"));
        as("admin").body(Map.of("username", "supervisor", "password", "long enough", "roles", List.of("supervisor")))
                .post("/api/admin/users").then().statusCode(400).body("errors[0].field", equalTo("username"));
        int admin = as("admin").get("/api/admin/users").then().extract().path("find { it.username == 'admin' }.id");
        as("admin").body(Map.of("roles", List.of("admin"), "enabled", false)).put("/api/admin/users/" + admin)
                .then().statusCode(400).body("errors[0].field", equalTo("roles"));
        login("admin", "demo").statusCode(200);
        as("supervisor").get("/api/admin/users").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse login(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/auth/login").then();
    }
}
