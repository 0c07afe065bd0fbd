package switchboard.desktop.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static switchboard.desktop.Api.as;
import static switchboard.desktop.Interactions.await;

import java.net.URL;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import switchboard.desktop.Numbers;
import switchboard.desktop.callcenter.SimulatedTelephony;
import switchboard.desktop.customer.Customer;
import switchboard.desktop.interaction.Interaction;
import switchboard.pbxsim.pbx.CustomerMix;
import switchboard.pbxsim.pbx.InboundCall;

/**
 * The agent desktop page in headless Chromium: an agent logs in, taking over the simulated agent,
 * goes ready, sees the caller's card arrive, answers on the desktop, puts the caller on hold and back, hangs up from the page and records the outcome
 * with a callback, which ends wrap-up and appears in their callbacks.
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
            browser.assertAccessible("agent-desktop-screen-pop");

            // The person took over agent 1001 in the simulated call center: the phone rings until they answer.
            browser.until(d -> d.findElement(By.id("answer")).isDisplayed());
            Thread.sleep(1_000);
            assertEquals("Your phone is ringing", browser.text("call-status"), "nobody answers for the person");
            browser.driver.findElement(By.id("answer")).click();
            browser.until(d -> browser.text("call-status").startsWith("Connected"));
            WebElement hold = browser.until(d -> {
                WebElement button = d.findElement(By.id("hold"));
                return button.isEnabled() ? button : null;
            });
            hold.click();
            browser.until(d -> browser.text("call-status").equals("Caller on hold"));
            browser.until(d -> browser.text("hold").equals("Resume"));
            browser.driver.findElement(By.id("hold")).click();
            browser.until(d -> browser.text("call-status").startsWith("Connected"));

            browser.driver.findElement(By.id("hangup")).click();
            browser.until(d -> browser.text("state").equals("Wrap-up"));
            browser.until(d -> browser.text("wrap-countdown").startsWith("Wrap-up ends in"));
            new Select(browser.driver.findElement(By.id("code"))).selectByValue("callback");
            WebElement when = browser.until(d -> {
                WebElement input = d.findElement(By.id("callback-at"));
                return input.isDisplayed() ? input : null;
            });
            browser.driver.executeScript("arguments[0].value = arguments[1]", when,
                    LocalDateTime.now().plusDays(1).withSecond(0).withNano(0).toString());
            browser.driver.findElement(By.id("notes")).sendKeys("Call back about the late fee");
            browser.driver.findElement(By.id("save-disposition")).click();
            browser.until(d -> browser.text("state").equals("Ready"));
            browser.until(d -> browser.text("callbacks").contains("+19995550177"));
            browser.screenshot("agent-desktop-after-disposition");
            browser.assertAccessible("agent-desktop-after-disposition");

            Interaction recorded = await(callId, i -> "callback".equals(i.disposition));
            assertEquals("Call back about the late fee", recorded.notes);
            assertTrue(recorded.holdSeconds != null, "the hold was recorded");
        }
    }

    @Test
    void aPreviewCampaignShowsTheNumberThenTheCallCarriesTheCampaign() throws Exception {
        telephony.pbx().customers(new CustomerMix(1, 0, 0, 100, 7));
        String number = Numbers.inItsCallingWindow().replaceAll("\\d{2}$", "31");
        List<String> others = List.of("1007", "1012", "1018", "1021", "1023");
        others.forEach(agent -> as("supervisor").body(Map.of("state", "not-ready", "reason", "test"))
                .put("/api/agents/" + agent + "/state").then().statusCode(204));
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn("agent1005", "demo");
            browser.until(d -> "Live".equals(browser.text("link")));
            browser.driver.findElement(By.id("ready")).click();
            browser.until(d -> browser.text("state").equals("Ready"));
            long id = ((Number) as("supervisor").body(Map.of("name", "Page preview", "mode", "PREVIEW", "queue",
                    "retention", "script", "Ask how the service has been.", "offer", "Half price for three months",
                    "callerId", "+18005550100", "segment", Map.of("minChurnRisk", 1.0))).post("/api/campaigns")
                    .then().statusCode(201).extract().path("id")).longValue();
            as("supervisor").contentType("text/csv").body("phone,customer_id\n" + number + ",\n")
                    .post("/api/campaigns/" + id + "/targets").then().statusCode(200);
            as("supervisor").post("/api/campaigns/" + id + "/start").then().statusCode(200);

            browser.until(d -> d.findElement(By.id("preview-call")).isDisplayed(), 20);
            assertTrue(browser.driver.findElement(By.id("preview")).getText().contains("Half price for three months"));
            browser.screenshot("agent-desktop-preview");
            browser.assertAccessible("agent-desktop-preview");
            browser.driver.findElement(By.id("preview-call")).click();
            browser.until(d -> d.findElement(By.id("campaign")).getText().startsWith("Page preview:"), 20);
            browser.until(d -> {
                d.findElement(By.id("answer")).click();
                return true;
            });
            browser.until(d -> browser.text("call-status").startsWith("Connected"));
            as("supervisor").post("/api/campaigns/" + id + "/stop").then().statusCode(200);
        } finally {
            telephony.pbx().hangupMatching(Pattern.compile("^PJSIP/" + Pattern.quote(number) + "@carrier-"), 16);
            others.forEach(agent -> as("supervisor").body(Map.of("state", "ready"))
                    .put("/api/agents/" + agent + "/state").then().statusCode(204));
        }
    }
}
