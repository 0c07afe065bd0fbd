package switchboard.desktop.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Interactions.await;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import switchboard.desktop.callcenter.SimulatedTelephony;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.interaction.Interaction;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * The agent desktop page in headless Chromium: an agent logs in, goes ready, sees the caller's
 * card arrive, hangs up from the page and records the outcome, which ends wrap-up.
 */
@QuarkusTest
class AgentDesktopPageTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    SimulatedTelephony telephony;

    /** A customer whose last answered call was with agent 1001, so the call comes to 1001. */
    private static Customer customerOfAgent1001() {
        return QuarkusTransaction.requiringNew().call(() -> Customer.findById(Interaction.<Interaction>find(
                "from Interaction i where i.outcome = ?1 and i.agentId = 1 and i.offeredAt = "
                        + "(select max(j.offeredAt) from Interaction j where j.customerId = i.customerId and j.outcome = ?1)",
                Interaction.Outcome.ANSWERED).firstResult().customerId));
    }

    @Test
    void anAgentTakesACallFromThePopToTheDisposition() throws Exception {
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn("agent1001", "demo");
            browser.until(d -> d.getCurrentUrl().endsWith("/agent.html"));
            browser.until(d -> "Live".equals(browser.text("link")));
            browser.driver.findElement(By.id("ready")).click();
            browser.until(d -> browser.text("state").equals("Ready"));

            Customer customer = customerOfAgent1001();
            String caller = telephony.pbx().inboundCall(new InboundCall("+19995550177", "18005550100",
                    Map.of("SWB_INTENT", "billing", "SWB_CUSTOMER_ID", String.valueOf(customer.id), "SWB_LANGUAGE",
                            "en", "SWB_VERIFIED", "1", "SWB_IVR_PATH", "ani:unknown>lang:en>menu:billing>verify:ok")));
            String callId = "sim:" + caller;

            String name = customer.firstName + " " + customer.lastName;
            browser.until(d -> browser.text("caller-name").equals(name));
            assertTrue(browser.text("why").contains("preferred"), browser.text("why"));
            assertEquals("ani:unknown › lang:en › menu:billing › verify:ok", browser.text("ivr-path"));
            assertTrue(browser.driver.findElement(By.cssSelector(".pop .nba")).getText().startsWith("Next best action"));
            browser.screenshot("agent-desktop-screen-pop");

            WebElement hangup = browser.until(d -> {
                WebElement button = d.findElement(By.id("hangup"));
                return button.isEnabled() ? button : null;
            });
            hangup.click();
            browser.until(d -> browser.text("state").equals("Wrap-up"));
            browser.until(d -> browser.text("wrap-countdown").startsWith("Wrap-up ends in"));
            new Select(browser.driver.findElement(By.id("code"))).selectByValue("resolved");
            browser.driver.findElement(By.id("notes")).sendKeys("Explained the late fee");
            browser.driver.findElement(By.id("save-disposition")).click();
            browser.until(d -> browser.text("state").equals("Ready"));
            browser.screenshot("agent-desktop-after-disposition");

            Interaction recorded = await(callId, i -> "resolved".equals(i.disposition));
            assertEquals("Explained the late fee", recorded.notes);
        }
    }
}
