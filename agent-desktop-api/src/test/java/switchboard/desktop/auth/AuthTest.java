package switchboard.desktop.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Api.PROBLEM_JSON;

import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import switchboard.desktop.Api;

@QuarkusTest
class AuthTest {

    @Test
    void aSupervisorLogsInAndGetsATokenWithTheirRole() {
        given().contentType(ContentType.JSON).body(Map.of("username", "supervisor", "password", "demo"))
                .post("/api/auth/login")
                .then().statusCode(200)
                .body("token", notNullValue())
                .body("tokenType", is("Bearer"))
                .body("roles", contains("supervisor"));
    }

    @Test
    void anAgentsTokenNamesTheirAgent() {
        given().contentType(ContentType.JSON).body(Map.of("username", "agent1003", "password", "demo"))
                .post("/api/auth/login")
                .then().statusCode(200)
                .body("roles", contains("agent"))
                .body("agentId", is(3));
    }

    @Test
    void aPasswordLongerThanAnyCanBeIsRefusedInWordsAndNulCharactersAreTooAsInput() {
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "x".repeat(100)))
                .post("/api/auth/login").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", is("password")).body("errors[0].message", is("must be at most 72 bytes long"));
        Api.as("supervisor").queryParam("name", "ze\u0000no").get("/api/customers").then().statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void repeatedWrongPasswordsLockTheUserFromHereForAWhileThenTheRightOneWorks() throws Exception {
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("username", "agent1015", "password", "guess" + i))
                    .post("/api/auth/login").then().statusCode(401);
        }
        given().contentType(ContentType.JSON).body(Map.of("username", "agent1015", "password", "demo"))
                .post("/api/auth/login").then().statusCode(429).contentType(PROBLEM_JSON)
                .header("Retry-After", notNullValue()).body("detail", org.hamcrest.Matchers.containsString("try again"));
        long deadline = System.nanoTime() + 15_000_000_000L;
        int status;
        do {
            Thread.sleep(200);
            status = given().contentType(ContentType.JSON).body(Map.of("username", "agent1015", "password", "demo"))
                    .post("/api/auth/login").then().extract().statusCode();
        } while (status == 429 && System.nanoTime() < deadline);
        assertEquals(200, status, "the right password never worked again");
    }

    @Test
    void wrongPasswordsAndUnknownUsersGetTheSameProblem() {
        for (String user : List.of("supervisor", "nobody")) {
            given().contentType(ContentType.JSON).body(Map.of("username", user, "password", "wrong"))
                    .post("/api/auth/login")
                    .then().statusCode(401).contentType(PROBLEM_JSON)
                    .body("detail", is("Invalid username or password"));
        }
    }

    @Test
    void blankCredentialsAreNamed() {
        given().contentType(ContentType.JSON).body(Map.of("username", "", "password", ""))
                .post("/api/auth/login")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("username", "password"));
    }

    @Test
    void everyApiEndpointButLoginRefusesAnonymousCallers() {
        JsonPath openApi = given().get("/q/openapi?format=json").then().extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<String> checked = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> {
            if (path.equals("/api/auth/login")) {
                return;
            }
            String concrete = path.replaceAll("\\{[^}]+}", "1");
            Map<String, Object> content = openApi.getMap("paths.'" + path + "'." + method + ".requestBody.content");
            String type = content == null || content.isEmpty() ? "application/json" : content.keySet().iterator().next();
            given().contentType(type).body(type.contains("json") ? "{}" : "").request(method.toUpperCase(), concrete)
                    .then().statusCode(401).contentType(PROBLEM_JSON);
            checked.add(method + " " + path);
        }));
        assertTrue(checked.size() >= 6, "checked " + checked);
    }

    @Test
    void aTokenNotSignedByUsIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer("https://switchboard.local").upn("mallory").groups("admin")
                .sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).get("/api/customers/1")
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void aRoleThatIsNotAllowedGets403() {
        Api.as("agent1001").post("/api/scoring/runs")
                .then().statusCode(403).contentType(PROBLEM_JSON)
                .body("detail", is("Your role does not allow this"));
        Api.as("agent1001").post("/api/customers/1/score")
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void passwordsAreStoredAsBcrypt() {
        String hash = QuarkusTransaction.requiringNew()
                .call(() -> AppUser.byUsername("admin").passwordHash);
        assertTrue(hash.startsWith("$2a$10$"), hash);
        assertEquals(60, hash.length());
    }
}
