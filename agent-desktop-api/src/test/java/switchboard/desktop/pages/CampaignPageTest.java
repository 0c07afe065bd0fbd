package switchboard.desktop.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import switchboard.desktop.callcenter.SimulatedTelephony;
import switchboard.desktop.campaign.Campaign;

/**
 * The campaign page in headless Chromium: a supervisor creates a campaign from a segment, sees
 * its numbers to call, starts and pauses it, and reads its compliance figures.
 */
@QuarkusTest
class CampaignPageTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    SimulatedTelephony telephony;

    @AfterEach
    void stopDialing() {
        QuarkusTransaction.requiringNew().run(() -> Campaign.update("status = ?1 where status <> ?1", Campaign.Status.STOPPED));
        telephony.pbx().hangupMatching(Pattern.compile("^PJSIP/\\+.*@carrier-"), 16);
    }

    @Test
    void aSupervisorCreatesStartsAndPausesACampaignFromASegment() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn("supervisor", "demo");
            browser.until(d -> d.getCurrentUrl().endsWith("/wallboard.html"));
            browser.driver.findElement(By.linkText("Campaigns")).click();
            browser.until(d -> d.getCurrentUrl().endsWith("/campaigns.html"));
            browser.until(d -> new Select(d.findElement(By.id("queue"))).getOptions().size() > 1);

            browser.driver.findElement(By.id("name")).sendKeys("Spring win-back");
            new Select(browser.driver.findElement(By.id("queue"))).selectByValue("sales");
            browser.driver.findElement(By.id("script")).sendKeys("Thank them for staying with us.");
            browser.driver.findElement(By.id("offer")).sendKeys("A free upgrade for a year");
            browser.driver.findElement(By.cssSelector("#create button[type=submit]")).click();
            WebElement row = browser.until(d -> d.findElement(By.cssSelector("tr[data-campaign='Spring win-back']")));
            assertTrue(Integer.parseInt(row.findElement(By.cssSelector("[data-field=remaining]")).getText()) > 0,
                    "the segment gave numbers to call");
            assertTrue(browser.text("campaign-status").startsWith("Created Spring win-back with "));

            clickInRow(browser, "Start");
            browser.until(d -> status(d).equals("running"));
            clickInRow(browser, "Pause");
            browser.until(d -> status(d).equals("paused"));

            browser.driver.findElement(By.xpath("//tr[@data-campaign='Spring win-back']//th//button")).click();
            browser.until(d -> d.findElement(By.id("compliance")).getText().contains("Calls outside the window\n0"));
            browser.screenshot("campaigns");
            browser.assertAccessible("campaigns");
        }
    }

    private static void clickInRow(Browser browser, String label) {
        browser.until(d -> {
            d.findElement(By.xpath("//tr[@data-campaign='Spring win-back']//td//button[text()='" + label + "']")).click();
            return true;
        });
    }

    private static String status(WebDriver d) {
        return d.findElement(By.cssSelector("tr[data-campaign='Spring win-back'] [data-field=status]")).getText();
    }
}
