package org.openiro.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openiro.app.support.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The pages in a real browser (headless Chromium), as the people who use them would: each journey asserts what they
 * see, and axe-core finds no WCAG 2.2 AA violation on any page they pass through. One browser and one server for all.
 */
@MicronautTest(environments = "pg", transactional = false)
// The tests speak plain HTTP, where a browser keeps no Secure cookie; behind HTTPS the cookie is Secure.
@io.micronaut.context.annotation.Property(name = "iro.security.secure-cookie", value = "false")
@ExtendWith(Chromium.class)
class BrowserJourneysTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PageFixture fixture;
    private WebDriver browser;
    private Journey journey;

    @BeforeEach
    void setUp() {
        fixture = new PageFixture(new Api(server.getURL(), json));
        journey = new Journey(server.getURL());
        browser = journey.browser();
    }

    @AfterAll
    static void closeBrowser() {
        Chromium.quit();
    }

    private List<WebElement> reviewDueRowsFor(String child) {
        return browser.findElements(By.cssSelector("#review-due a[href$='/children/" + child + "']"));
    }

    @Test
    void an_iro_opens_a_child_from_the_worklist_records_a_review_and_sees_the_worklist_change() {
        journey.signIn(fixture.iroUser);

        journey.waitForHeading("Your worklist");
        assertThat(browser.findElement(By.className("iro-header__authority")).getText())
                .isEqualTo("Pageshire County Council");
        assertThat(browser.findElement(By.className("iro-header")).getCssValue("font-family"))
                .as("the header in the pages' system font, not the browser's default serif").startsWith("system-ui");
        Chromium.assertAccessible("the worklist");
        assertThat(reviewDueRowsFor(fixture.child)).hasSize(1);
        reviewDueRowsFor(fixture.child).get(0).click();

        journey.waitForHeading("Amy Example");
        assertThat(browser.findElement(By.id("next-review")).getText()).isEqualTo("Next review");
        Chromium.assertAccessible("the child's page");
        browser.findElement(By.linkText("Record a review")).click();

        journey.waitForHeading("Record a review");
        Chromium.assertAccessible("the review form");
        browser.findElement(By.cssSelector("label[for=participation-code-2]")).click(); // PN1
        browser.findElement(By.cssSelector("label[for=participation-methods]")).click(); // attended in person
        journey.submitForm();

        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Enter the date of the review meeting");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.id("participation-code-2")).isSelected()).as("kept as typed").isTrue();
        Chromium.assertAccessible("the review form with an error");
        summary.findElement(By.linkText("Enter the date of the review meeting")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("meeting-0-day");

        LocalDate held = LocalDate.now().minusDays(1);
        browser.findElement(By.id("meeting-0-day")).sendKeys(String.valueOf(held.getDayOfMonth()));
        browser.findElement(By.id("meeting-0-month")).sendKeys(String.valueOf(held.getMonthValue()));
        browser.findElement(By.id("meeting-0-year")).sendKeys(String.valueOf(held.getYear()));
        journey.submitForm();

        journey.waitForHeading("Amy Example");
        assertThat(browser.findElement(By.cssSelector("table.govuk-table")).getText())
                .contains(org.openiro.http.pages.Dates.format(held)).contains("PN1");
        browser.findElement(By.linkText("Your worklist")).click();
        journey.waitForHeading("Your worklist");
        assertThat(reviewDueRowsFor(fixture.child)).as("the review held is no longer due").isEmpty();
        assertThat(reviewDueRowsFor(fixture.otherChild)).as("the other child's still is").hasSize(1);
    }
}
