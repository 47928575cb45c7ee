package org.openiro.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openiro.app.support.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The alert pages in headless Chromium, as the social worker answering and the IRO raising use them; axe-core finds no
 * WCAG 2.2 AA violation on any page they pass through.
 */
@MicronautTest(environments = "pg", transactional = false)
@io.micronaut.context.annotation.Property(name = "iro.security.secure-cookie", value = "false")
@ExtendWith(Chromium.class)
class AlertJourneysTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PageFixture fixture;
    private Api api;
    private WebDriver browser;
    private Journey journey;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        fixture = new PageFixture(api);
        assertThat(api.put(fixture.path() + "/children/" + fixture.otherChild + "/social-worker", """
                {"id": "sw-2", "name": "Pat Other", "email": "pat@example.org", "team": "South"}""").status())
                .isLessThan(300);
        journey = new Journey(server.getURL());
        browser = journey.browser();
    }

    @AfterAll
    static void closeBrowser() {
        Chromium.quit();
    }

    @Test
    void a_social_worker_responds_to_an_alert_raised_with_them_and_cannot_open_another_child() {
        Api.Reply raised = api.post(fixture.path() + "/children/" + fixture.child + "/alerts", """
                {"reasons": ["report-late"], "stage": "informal", "description": "The assessment is late"}""");
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        journey.signIn(fixture.socialWorkerUser);

        journey.waitForHeading("Your children and alerts");
        Chromium.assertAccessible("the social worker's home");
        assertThat(browser.findElement(By.id("your-children")).getText()).contains("Child C1")
                .doesNotContain("Child C2");
        browser.findElement(By.cssSelector("#awaiting-response a")).click();

        journey.waitForHeading("Alert for Amy Example");
        assertThat(browser.findElement(By.cssSelector("main .govuk-tag")).getText()).isEqualTo("Awaiting response");
        assertThat(browser.findElement(By.id("ladder")).getText()).contains("Informal").contains("social worker");
        Chromium.assertAccessible("the alert");
        journey.submit(By.cssSelector("form[action$='/responses'] button[type=submit]"));

        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Enter the response");
        assertThat(browser.getTitle()).startsWith("Error: ");
        Chromium.assertAccessible("the alert with the response missing");
        summary.findElement(By.linkText("Enter the response")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("response-text");
        browser.switchTo().activeElement().sendKeys("The assessment is booked for Monday");
        journey.submit(By.cssSelector("form[action$='/responses'] button[type=submit]"));

        journey.waitForHeading("Alert for Amy Example");
        assertThat(browser.findElement(By.cssSelector("main .govuk-tag")).getText()).isEqualTo("Responded");
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("Response from Sam Worker (social worker), in time: The assessment is booked for Monday");
        Chromium.assertAccessible("the alert answered");
        browser.findElement(By.linkText("Your children and alerts")).click();
        journey.waitForHeading("Your children and alerts");
        assertThat(browser.findElement(By.id("awaiting-response")).getText())
                .isEqualTo("No alert is waiting for your response.");

        journey.open(fixture.page("/children/" + fixture.otherChild));
        journey.waitForHeading("Page not found");
        Chromium.assertAccessible("another social worker's child");
    }

    @Test
    void an_iro_raises_an_alert_from_the_childs_page_and_escalates_it() {
        journey.signIn(fixture.iroUser);
        journey.open(fixture.page("/children/" + fixture.child));
        journey.waitForHeading("Amy Example");
        browser.findElement(By.linkText("Raise an alert")).click();

        journey.waitForHeading("Raise an alert");
        Chromium.assertAccessible("the form to raise an alert");
        browser.findElement(By.cssSelector("label[for=reasons-4]")).click(); // plan not implemented
        browser.findElement(By.cssSelector("label[for=stage]")).click(); // informal
        journey.submit(By.cssSelector("main form[method=post] button[type=submit]"));

        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Enter what the alert is about");
        assertThat(browser.findElement(By.id("reasons-4")).isSelected()).as("kept as typed").isTrue();
        Chromium.assertAccessible("the form with the description missing");
        summary.findElement(By.linkText("Enter what the alert is about")).click();
        browser.switchTo().activeElement().sendKeys("The plan for family time is not in place");
        journey.submit(By.cssSelector("main form[method=post] button[type=submit]"));

        journey.waitForHeading("Alert for Amy Example");
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("Raised at Informal with Sam Worker (social worker)");
        Chromium.assertAccessible("the alert raised");
        browser.findElement(By.xpath("//summary[normalize-space()='Escalate the alert']")).click();
        browser.findElement(By.cssSelector("label[for=escalation-stage]")).click(); // stage 1
        browser.findElement(By.id("escalation-with-id")).sendKeys("tm-1");
        browser.findElement(By.id("escalation-with-name")).sendKeys("Tia Manager");
        browser.findElement(By.id("escalation-reason")).sendKeys("No answer in five working days");
        journey.submit(By.cssSelector("form[action$='/escalations'] button[type=submit]"));

        journey.waitForHeading("Alert for Amy Example");
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("Escalated to Stage 1 with Tia Manager (team manager), response due by "
                        + org.openiro.http.pages.Dates.format(org.openiro.calendar.BankHolidayCalendar
                                .englandAndWales().workingDaysAfter(LocalDate.now(), 5)))
                .contains("No answer in five working days");
        Chromium.assertAccessible("the alert escalated");
        browser.findElement(By.linkText("Alerts")).click();
        journey.waitForHeading("Alerts");
        assertThat(browser.findElement(By.id("alerts")).getText()).contains("Child C1").contains("Stage 1")
                .contains("Tia Manager (team manager)");
        Chromium.assertAccessible("the authority's alerts");
    }

    @Test
    void an_iro_raises_a_partner_escalation_with_the_agency_named() {
        journey.signIn(fixture.iroUser);
        journey.open(fixture.page("/children/" + fixture.child + "/alerts/new"));
        journey.waitForHeading("Raise an alert");
        browser.findElement(By.cssSelector("label[for=reasons]")).click();
        browser.findElement(By.cssSelector("label[for=stage]")).click(); // informal
        browser.findElement(By.id("description")).sendKeys("No health assessment for six months");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("partner-agency")))
                .selectByVisibleText("Health");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("theme")))
                .selectByVisibleText("Health assessment");
        browser.findElement(By.id("with-id")).sendKeys("lac-nurse");
        browser.findElement(By.id("with-name")).sendKeys("Nia Nurse");
        journey.submit(By.cssSelector("main form[method=post] button[type=submit]"));

        journey.waitForHeading("Alert for Amy Example");
        assertThat(browser.findElement(By.id("partner-agency")).getText()).isEqualTo("Health: Health assessment");
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("Raised at Informal with Nia Nurse (partner agency)");
        Chromium.assertAccessible("a partner escalation raised");
    }
}
