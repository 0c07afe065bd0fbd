package switchboard.desktop.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The users page in headless Chromium: an administrator creates an agent's login and disables it. */
@QuarkusTest
class AdminPageTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anAdministratorCreatesAnAgentLoginAndDisablesIt() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.go("/");
            browser.until(d -> d.findElement(By.id("username")));
            browser.assertAccessible("login");
            browser.logIn("admin", "demo");
            browser.until(d -> d.getCurrentUrl().endsWith("/wallboard.html"));
            browser.driver.findElement(By.linkText("Users")).click();
            browser.until(d -> d.findElement(By.cssSelector("tr[data-user='supervisor']")));

            browser.driver.findElement(By.id("new-username")).sendKeys("omar.s");
            browser.driver.findElement(By.id("new-password")).sendKeys("a long passphrase");
            browser.driver.findElement(By.id("new-agent")).sendKeys("1015");
            browser.driver.findElement(By.cssSelector("#new-user button[type=submit]")).click();
            WebElement row = browser.until(d -> d.findElement(By.cssSelector("tr[data-user='omar.s']")));
            assertTrue(row.getText().contains("1015"), row.getText());

            row.findElement(By.cssSelector("input[type=checkbox]")).click();
            browser.until(d -> browser.text("users-status").equals("omar.s can no longer log in"));
            browser.screenshot("admin-users");
            browser.assertAccessible("admin-users");

            browser.driver.findElement(By.id("new-username")).sendKeys("no.agent");
            browser.driver.findElement(By.id("new-password")).sendKeys("a long passphrase");
            browser.driver.findElement(By.cssSelector("#new-user button[type=submit]")).click();
            browser.until(d -> browser.text("new-user-error").contains("agent"));
        }
    }
}
