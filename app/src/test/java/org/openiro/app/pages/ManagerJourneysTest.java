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
import org.openiro.http.pages.Dates;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
    private Journey journey;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        fixture = new ManagerFixture(api);
        journey = new Journey(server.getURL());
        browser = journey.browser();
    }

    @AfterAll
    static void closeBrowser() {
        Chromium.quit();
    }

    private Api api;

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void a_manager_reads_the_dashboard_reallocates_a_child_and_opens_the_report() {
        journey.signIn(fixture.pages.managerUser);

        journey.waitForHeading("Dashboard");
        Chromium.assertAccessible("the dashboard");
        assertThat(text("at-a-glance")).contains("Reviews due in the next 20 working days 1")
                .contains("Reviews overdue 0").contains("Reviews held in timescale this year 100.0% (1 of 1)");
        assertThat(browser.findElements(By.cssSelector("#reviews-due-table tbody tr"))).hasSize(1);
        assertThat(text("caseloads-table")).contains("Iris Example 2 1.0 2.0").contains("Olu Second 0 1.0 0.0");
        assertThat(browser.findElement(By.cssSelector("figure.app-dashboard-figure svg")).getAttribute("role")).isEqualTo("img");

        journey.click(browser.findElement(By.linkText("IROs")));
        journey.waitForHeading("IROs");
        Chromium.assertAccessible("the IROs");
        journey.click(browser.findElement(By.linkText("Iris Example")));
        journey.waitForHeading("Iris Example");
        Chromium.assertAccessible("an IRO's children");
        assertThat(text("iro-children-table")).contains("Child C1").contains("Child C2");
        browser.findElement(By.cssSelector("label[for=to]")).click(); // Olu Second, the only other IRO
        journey.click(browser.findElement(By.xpath("//button[text()='See the plan']")));

        journey.waitForHeading("Check the reallocation of Iris Example's children");
        Chromium.assertAccessible("the reallocation plan");
        assertThat(text("plan-moves")).contains("Child C1 Olu Second").contains("Child C2 Olu Second");
        assertThat(text("plan-caseloads")).contains("Olu Second 0 2 0.0 2.0").contains("Iris Example 2 0 2.0 0.0");
        journey.click(browser.findElement(By.xpath("//button[text()='Confirm and reallocate']")));

        journey.waitForHeading("IROs");
        Chromium.assertAccessible("the IROs after reallocating");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("2 children of Iris Example moved");
        assertThat(text("iros-table")).contains("Olu Second South 2").contains("Iris Example North 0");

        journey.click(browser.findElement(By.linkText("Service report")));
        journey.waitForHeading("Independent Reviewing Service report");
        Chromium.assertAccessible("the service report");
    }

    @Test
    void an_iro_books_and_rearranges_a_review_from_the_childs_page() {
        journey.signIn(fixture.pages.iroUser);
        journey.waitForHeading("Your worklist");
        browser.get(server.getURL() + fixture.pages.page("/children/" + fixture.pages.child));
        journey.waitForHeading("Amy Example");
        assertThat(text("bookings")).isEqualTo("Bookings");
        journey.click(browser.findElement(By.linkText("Book the next review")));

        journey.waitForHeading("Book a review");
        Chromium.assertAccessible("the booking form");
        LocalDate booked = LocalDate.now().plusDays(14);
        type("date", booked);
        journey.click(browser.findElement(By.xpath("//button[text()='Book the review']")));

        journey.waitForHeading("Amy Example");
        Chromium.assertAccessible("the child's page with a booking");
        assertThat(text("bookings-table")).contains(Dates.format(booked)).contains("Booked");
        journey.click(browser.findElement(By.partialLinkText("Rearrange")));

        journey.waitForHeading("Rearrange a review");
        LocalDate moved = booked.plusDays(7);
        type("new-date", moved);
        journey.click(browser.findElement(By.xpath("//button[text()='Rearrange the review']")));
        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Choose why the review is rearranged");
        assertThat(browser.getTitle()).startsWith("Error: ");
        Chromium.assertAccessible("the rearrangement form with an error");
        browser.findElement(By.cssSelector("label[for=reason-3]")).click(); // the child asked for another date
        journey.click(browser.findElement(By.xpath("//button[text()='Rearrange the review']")));

        journey.waitForHeading("Amy Example");
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

    @Test
    void a_manager_gives_a_child_another_iro_and_reads_that_their_sibling_stays_with_the_first() {
        for (String child : new String[] {fixture.pages.child, fixture.pages.otherChild}) {
            assertThat(api.put(fixture.pages.path() + "/children/" + child + "/siblings", "{\"groupId\": \"g1\"}")
                    .status()).isLessThan(300);
        }
        journey.signIn(fixture.pages.managerUser);
        journey.waitForHeading("Dashboard");
        browser.get(server.getURL() + fixture.pages.page("/children/" + fixture.pages.child));
        journey.waitForHeading("Amy Example");
        journey.click(browser.findElement(By.partialLinkText("Change")));
        journey.waitForHeading("Choose the child's IRO");
        browser.findElement(By.xpath("//label[starts-with(normalize-space(), 'Olu Second')]")).click();
        journey.click(browser.findElement(By.xpath("//button[text()='Allocate the IRO']")));

        journey.waitForHeading("Amy Example");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
                .contains("The IRO is allocated: iro-2");
        assertThat(text("siblings-elsewhere")).contains("sibling C2 is held by another IRO");
        Chromium.assertAccessible("the child's page after an allocation that splits siblings");
    }
}
