package switchboard.desktop.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Interactions.await;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import switchboard.desktop.agent.Agent;
import switchboard.desktop.callcenter.SimulatedTelephony;
import switchboard.desktop.interaction.Interaction;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * The agents and queues pages in headless Chromium: an administrator adds a skill, an agent who
 * has it and a queue that needs it, and the next caller for that queue reaches the new agent.
 * Forms submit from the keyboard as well as by pointer.
 */
@QuarkusTest
class RoutingAdminPageTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    SimulatedTelephony telephony;

    @Test
    void anAdministratorSetsUpANewLineOfBusinessAndItsFirstCallerReachesTheNewAgent() throws Exception {
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn("admin", "demo");
            browser.until(d -> d.getCurrentUrl().endsWith("/wallboard.html"));
            browser.driver.findElement(By.linkText("Agents")).click();
            browser.until(d -> d.findElement(By.cssSelector("tr[data-agent='1001']")));

            browser.driver.findElement(By.id("skill-name")).sendKeys("travel", Keys.ENTER);
            browser.until(d -> d.findElement(By.id("agent-skill-travel")));

            type(browser, "agent-code", "1995");
            type(browser, "agent-name", "Tara Voss");
            type(browser, "agent-device", "PJSIP/1995");
            new Select(browser.driver.findElement(By.id("agent-team"))).selectByVisibleText("Sales Floor");
            new Select(browser.driver.findElement(By.id("agent-skill-travel"))).selectByVisibleText("4");
            browser.driver.findElement(By.id("agent-save")).click();
            WebElement agent = browser.until(d -> d.findElement(By.cssSelector("tr[data-agent='1995']")));
            assertTrue(agent.getText().contains("travel 4"), agent.getText());
            browser.screenshot("admin-agents");
            browser.assertAccessible("admin-agents");

            browser.driver.findElement(By.linkText("Queues")).click();
            browser.until(d -> d.findElement(By.cssSelector("tr[data-queue='billing']")));
            type(browser, "queue-name", "travel");
            type(browser, "queue-description", "Trips and bookings");
            new Select(browser.driver.findElement(By.id("queue-skill-travel"))).selectByVisibleText("3");
            browser.driver.findElement(By.id("add-step")).click();
            type(browser, "step-after-1", "45");
            browser.driver.findElement(By.id("queue-save")).click();
            WebElement queue = browser.until(d -> d.findElement(By.cssSelector("tr[data-queue='travel']")));
            assertTrue(queue.getText().contains("travel 3"), queue.getText());
            assertTrue(queue.getText().contains("45 s: −1"), queue.getText());

            String caller = telephony.pbx().inboundCall(new InboundCall("+12065550123", "18005550100",
                    Map.of("SWB_INTENT", "travel")));
            Interaction answered = await("sim:" + caller, i -> i.answeredAt != null);
            long tara = QuarkusTransaction.requiringNew().call(() -> Agent.<Agent>find("code", "1995").firstResult().id);
            assertEquals(tara, answered.agentId);
            telephony.pbx().hangup(caller, 16);

            WebElement targetField = browser.driver.findElement(By.id("queue-sl-target"));
            targetField.clear();
            targetField.sendKeys("90", Keys.ENTER);
            browser.until(d -> d.findElement(By.cssSelector("tr[data-queue='travel']")).getText().contains("90% in 20 s"));
            browser.screenshot("admin-queues");
            browser.assertAccessible("admin-queues");

            browser.driver.findElement(By.id("queue-new")).click();
            type(browser, "queue-name", "cruises");
            type(browser, "queue-max-wait", "60");
            browser.driver.findElement(By.id("queue-save")).click();
            browser.until(d -> browser.text("queue-error").contains("overflow to"));
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
