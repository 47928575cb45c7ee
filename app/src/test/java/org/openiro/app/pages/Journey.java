package org.openiro.app.pages;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser journey does as a person would: open a page, sign in through the form, wait for the page a click
 * led to (under load the old page answers a moment longer) by its heading, and post a form. The one browser is
 * {@link Chromium}'s, its cookies cleared for each journey.
 */
final class Journey {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String base;
    private final WebDriver browser;

    Journey(URL server) {
        this.base = server.toString();
        this.browser = Chromium.driver();
        browser.manage().deleteAllCookies();
    }

    WebDriver browser() {
        return browser;
    }

    void open(String path) {
        browser.get(base + path);
    }

    /** Signs in at {@code /} (checking the sign-in page with axe) and waits to be sent on to the person's home. */
    void signIn(String username) {
        open("/");
        Chromium.assertAccessible("the sign-in page");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PageFixture.PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.not(ExpectedConditions.urlToBe(base + "/")));
    }

    void waitForHeading(String heading) {
        new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().equals(heading));
    }

    /** Posts the page's form and waits for the page it leads to. */
    void submitForm() {
        submit(By.cssSelector("main form[method=post] button[type=submit]"));
    }

    /** Clicks a form's submit button and waits for the page it leads to. */
    void submit(By button) {
        click(browser.findElement(button));
    }

    /** Clicks and waits for the page it leads to (the element gone from the document, however Chromium says so). */
    void click(WebElement element) {
        element.click();
        new WebDriverWait(browser, PATIENCE).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                // Chromium answers so for an element of a page being replaced.
                return String.valueOf(e.getMessage()).contains("does not belong to the document");
            }
        });
    }
}
