package switchboard.desktop.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.queue.RoutingQueue;

@QuarkusTest
class OperationsTest {

    @Inject
    Flyway flyway;

    @Test
    void migrationsAreAppliedAndNonePending() {
        var all = flyway.info().all();
        assertEquals(all[all.length - 1].getVersion(), flyway.info().current().getVersion());
        assertEquals(0, flyway.info().pending().length);
        assertTrue(Arrays.stream(all).allMatch(m -> m.getState().isApplied()));
    }

    @Test
    void theEmbeddedDefaultLoadsTheDemoDataOnce() {
        assertEquals(10_000, Customer.count("createdBy is null"));
        assertTrue(Agent.count() >= 20);
        assertEquals(7, RoutingQueue.count("name in ?1", List.of("general", "billing", "billing-es", "support",
                "support-de", "sales", "retention")), "the demo's seven queues (other tests may add more)");
        RoutingQueue billingEs = RoutingQueue.find("name", "billing-es").firstResult();
        assertEquals(2, billingEs.requiredSkills.size());
        assertEquals("billing", billingEs.relaxationSteps.get(1).dropSkills);
        assertEquals("billing", billingEs.overflowQueue.name);
    }

    @Test
    void readinessReportsTheDatabaseThroughTheRecords() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("records"))
                .body("checks.find { it.name == 'records' }.data.database", is("reachable"))
                .body("checks.find { it.name == 'records' }.data.status", is("ok"));
    }

    @Test
    void pagesForbidInlineScriptFramingAndSniffingAndSendNoReferrer() {
        given().get("/index.html").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", is("nosniff"))
                .header("Referrer-Policy", is("no-referrer"));
        given().get("/api/queues").then().header("X-Content-Type-Options", is("nosniff"));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/customers/{id}/360"))
                .body("paths.keySet()", hasItem("/api/auth/login"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void theSigningKeysAreGeneratedIntoTheStateDirectory() {
        assertTrue(Files.isRegularFile(Path.of("target/switchboard-state/jwt/private-key.pem")));
        assertTrue(Files.isRegularFile(Path.of("target/switchboard-state/jwt/public-key.pem")));
    }
}
