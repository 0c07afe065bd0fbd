package switchboard.desktop.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static switchboard.desktop.Api.as;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The supervisor wallboard in headless Chromium: a tile per queue and the agent board, updated
 * live when an agent's state changes; an agent's login cannot open it.
 */
@QuarkusTest
class WallboardPageTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theWallboardShowsEveryQueueAndFollowsAgentsLive() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn("supervisor", "demo");
            browser.until(d -> d.getCurrentUrl().endsWith("/wallboard.html"));
            WebElement billing = browser.until(d -> d.findElement(By.cssSelector(".tile[data-queue='billing']")));
            int queues = as("supervisor").get("/api/queues").then().extract().path("size()");
            assertEquals(queues, browser.driver.findElements(By.cssSelector(".tile")).size());
            assertFalse(billing.findElement(By.cssSelector("[data-field='sl']")).getText().isEmpty());
            browser.until(d -> d.findElement(By.cssSelector("#agents tr[data-agent='1024']")));

            as("supervisor").body(Map.of("state", "not-ready", "reason", "coaching")).put("/api/agents/1024/state")
                    .then().statusCode(204);
            browser.until(d -> d.findElement(By.cssSelector("#agents tr[data-agent='1024']")).getText()
                    .contains("not ready coaching"));
            browser.until(d -> d.findElements(By.cssSelector("#sl-chart svg.chart")).size() == 1);
            browser.screenshot("wallboard");
            browser.assertAccessible("wallboard");

            as("supervisor").body(Map.of("state", "ready")).put("/api/agents/1024/state").then().statusCode(204);
            browser.until(d -> d.findElement(By.cssSelector("#agents tr[data-agent='1024']")).getText()
                    .contains("available"));
        }
    }

    @Test
    void anAgentIsSentToTheirDesktopNotTheWallboard() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn("agent1002", "demo");
            browser.until(d -> d.getCurrentUrl().endsWith("/agent.html"));
            browser.go("/wallboard.html");
            browser.until(d -> d.getCurrentUrl().endsWith("/agent.html"));
        }
    }
}
