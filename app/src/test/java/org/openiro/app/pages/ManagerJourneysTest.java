package org.openiro.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openiro.app.support.Api;
import org.openiro.http.pages.Dates;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A manager's journeys in a real browser (headless Chromium): the dashboard, reallocating an IRO's children and the
 * report; and an IRO booking and rearranging a review. axe-core finds no WCAG 2.2 AA violation on any page passed.
 */
@MicronautTest(environments = "pg", transactional = false)
// The tests speak plain HTTP, where a browser keeps no Secure cookie; behind HTTPS the cookie is Secure.
@io.micronaut.context.annotation.Property(name = "iro.security.secure-cookie", value = "false")
@ExtendWith(Chromium.class)
class ManagerJourneysTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private ManagerFixture fixture;
    private WebDriver browser;

    @BeforeEach
    void setUp() {
        fixture = new ManagerFixture(new Api(server.getURL(), json));
        browser = Chromium.driver();
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    static void closeBrowser() {
        Chromium.quit();
    }

    private void signIn(String username) {
        browser.get(server.getURL() + "/");
        Chromium.assertAccessible("the sign-in page");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PageFixture.PASSWORD);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.not(
                ExpectedConditions.urlToBe(server.getURL() + "/")));
    }

    private void waitForHeading(String heading) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().equals(heading));
    }

    /** Clicks and waits for the page it leads to (the element gone from the document, however Chromium says so). */
    private void click(WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium answers so for an element of a page being replaced.
                return String.valueOf(e.getMessage()).contains("does not belong to the document");
            }
        });
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void a_manager_reads_the_dashboard_reallocates_a_child_and_opens_the_report() {
        signIn(fixture.pages.managerUser);

        waitForHeading("Dashboard");
        Chromium.assertAccessible("the dashboard");
        assertThat(text("at-a-glance")).contains("Reviews due in the next 20 working days 1")
                .contains("Reviews overdue 0").contains("Reviews held in timescale this year 100.0% (1 of 1)");
        assertThat(browser.findElements(By.cssSelector("#reviews-due-table tbody tr"))).hasSize(1);
        assertThat(text("caseloads-table")).contains("Iris Example 2 1.0 2.0").contains("Olu Second 0 1.0 0.0");
        assertThat(browser.findElement(By.cssSelector("figure.app-dashboard-figure svg")).getAttribute("role")).isEqualTo("img");

        click(browser.findElement(By.linkText("IROs")));
        waitForHeading("IROs");
        Chromium.assertAccessible("the IROs");
        click(browser.findElement(By.linkText("Iris Example")));
        waitForHeading("Iris Example");
        Chromium.assertAccessible("an IRO's children");
        assertThat(text("iro-children-table")).contains("Child C1").contains("Child C2");
        browser.findElement(By.cssSelector("label[for=to]")).click(); // Olu Second, the only other IRO
        click(browser.findElement(By.xpath("//button[text()='See the plan']")));

        waitForHeading("Check the reallocation of Iris Example's children");
        Chromium.assertAccessible("the reallocation plan");
        assertThat(text("plan-moves")).contains("Child C1 Olu Second").contains("Child C2 Olu Second");
        assertThat(text("plan-caseloads")).contains("Olu Second 0 2 0.0 2.0").contains("Iris Example 2 0 2.0 0.0");
        click(browser.findElement(By.xpath("//button[text()='Confirm and reallocate']")));

        waitForHeading("IROs");
        Chromium.assertAccessible("the IROs after reallocating");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("2 children of Iris Example moved");
        assertThat(text("iros-table")).contains("Olu Second South 2").contains("Iris Example North 0");

        click(browser.findElement(By.linkText("Service report")));
        waitForHeading("Independent Reviewing Service report");
        Chromium.assertAccessible("the service report");
    }

    @Test
    void an_iro_books_and_rearranges_a_review_from_the_childs_page() {
        signIn(fixture.pages.iroUser);
        waitForHeading("Your worklist");
        browser.get(server.getURL() + fixture.pages.page("/children/" + fixture.pages.child));
        waitForHeading("Amy Example");
        assertThat(text("bookings")).isEqualTo("Bookings");
        click(browser.findElement(By.linkText("Book the next review")));

        waitForHeading("Book a review");
        Chromium.assertAccessible("the booking form");
        LocalDate booked = LocalDate.now().plusDays(14);
        type("date", booked);
        click(browser.findElement(By.xpath("//button[text()='Book the review']")));

        waitForHeading("Amy Example");
        Chromium.assertAccessible("the child's page with a booking");
        assertThat(text("bookings-table")).contains(Dates.format(booked)).contains("Booked");
        click(browser.findElement(By.partialLinkText("Rearrange")));

        waitForHeading("Rearrange a review");
        LocalDate moved = booked.plusDays(7);
        type("new-date", moved);
        click(browser.findElement(By.xpath("//button[text()='Rearrange the review']")));
        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Choose why the review is rearranged");
        assertThat(browser.getTitle()).startsWith("Error: ");
        Chromium.assertAccessible("the rearrangement form with an error");
        browser.findElement(By.cssSelector("label[for=reason-3]")).click(); // the child asked for another date
        click(browser.findElement(By.xpath("//button[text()='Rearrange the review']")));

        waitForHeading("Amy Example");
        assertThat(text("bookings-table")).contains(Dates.format(moved)).contains("Rearranged")
                .contains("from " + Dates.format(booked) + " (child request)");
    }

    private void type(String id, LocalDate date) {
        for (String[] part : new String[][] {{"day", String.valueOf(date.getDayOfMonth())},
                {"month", String.valueOf(date.getMonthValue())}, {"year", String.valueOf(date.getYear())}}) {
            WebElement box = browser.findElement(By.id(id + "-" + part[0]));
            box.clear();
            box.sendKeys(part[1]);
        }
    }
}
