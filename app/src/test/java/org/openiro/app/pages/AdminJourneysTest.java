package org.openiro.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * An administrator's import and an IRO's QA form in a real browser (headless Chromium), as they would use them: each
 * journey asserts what they see, and axe-core finds no WCAG 2.2 AA violation on any page they pass through.
 */
@MicronautTest(environments = "pg", transactional = false)
// The tests speak plain HTTP, where a browser keeps no Secure cookie; behind HTTPS the cookie is Secure.
@io.micronaut.context.annotation.Property(name = "iro.security.secure-cookie", value = "false")
@ExtendWith(Chromium.class)
class AdminJourneysTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private AdminFixture fixture;
    private Api api;
    private WebDriver browser;
    private Journey journey;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        fixture = new AdminFixture(api);
        journey = new Journey(server.getURL());
        browser = journey.browser();
    }

    @AfterAll
    static void closeBrowser() {
        Chromium.quit();
    }

    /** The return's files on disk, as the data officer saves them, for the file inputs to be given. */
    private static Path file(String name, String text) throws IOException {
        Path dir = Path.of("target", "admin-journeys").toAbsolutePath();
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }

    private void choose(String part, Path file) {
        browser.findElement(By.cssSelector("input[type=file][name=" + part + "]")).sendKeys(file.toString());
    }

    @Test
    void an_admin_uploads_903_files_with_one_bad_row_and_sees_it_named_then_uploads_the_corrected_file() throws IOException {
        Path header = file("header.csv", AdminFixture.HEADER);
        Path episodes = file("episodes.csv", AdminFixture.EPISODES);
        Path badReviews = file("reviews-2023-24.csv", AdminFixture.BAD_REVIEWS);
        Path reviews = file("reviews-2023-24-corrected.csv", AdminFixture.REVIEWS);
        long before = fixture.children();
        journey.signIn(fixture.adminUser);

        journey.waitForHeading("Pageshire County Council");
        Chromium.assertAccessible("the administrator's start page");
        browser.findElement(By.linkText("Import the SSDA903 return")).click();

        journey.waitForHeading("Import the SSDA903 return");
        Chromium.assertAccessible("the import form");
        choose("header", header);
        choose("episodes", episodes);
        choose("reviews", badReviews);
        journey.submitForm();

        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("1 problem in the files: nothing was imported");
        assertThat(browser.getTitle()).startsWith("Error: ");
        List<WebElement> cells = browser.findElements(By.cssSelector("#problems tbody tr td"));
        assertThat(cells).extracting(WebElement::getText).containsExactly("reviews-2023-24.csv", "3", "REVIEW",
                "166", "bad date '31/02/2023': expected dd/mm/yyyy");
        Chromium.assertAccessible("the import form with the problems in the files");
        assertThat(fixture.children()).as("nothing written: the children are as they were").isEqualTo(before);

        choose("header", header);
        choose("episodes", episodes);
        choose("reviews", reviews);
        journey.submitForm();

        journey.waitForHeading("Return imported");
        assertThat(browser.findElement(By.className("govuk-panel--confirmation")).getText())
                .contains("Every row of the files was loaded");
        assertThat(browser.findElement(By.cssSelector("main table.govuk-table")).getText())
                .contains("Children 1 0 0").contains("Placements 2 0 0").contains("Reviews 2 0 0");
        Chromium.assertAccessible("the import's confirmation");
        assertThat(fixture.children()).isEqualTo(before + 1);
    }

    @Test
    void an_iro_completes_a_qa_form_after_a_review_from_the_worklist() {
        String reviewId = fixture.reviewHeldYesterday();
        journey.signIn(fixture.pages.iroUser);

        journey.waitForHeading("Your worklist");
        Chromium.assertAccessible("the worklist with a QA form due");
        browser.findElement(By.cssSelector("#qa-due a[href$='/reviews/" + reviewId + "/qa']")).click();

        journey.waitForHeading("Quality assurance form");
        Chromium.assertAccessible("the QA form");
        journey.submitForm();

        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Answer at least one question");
        Chromium.assertAccessible("the QA form with an error");
        summary.findElement(By.linkText("Answer at least one question")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("answer-social-work-report-on-time");

        browser.findElement(By.cssSelector("label[for=answer-social-work-report-on-time]")).click(); // yes
        browser.findElement(By.cssSelector("label[for=answer-social-work-report-quality-2]")).click();
        browser.findElement(By.cssSelector("label[for=answer-care-plan-up-to-date-no]")).click();
        browser.findElement(By.id("notes")).sendKeys("Care plan not updated since the placement move");
        journey.submitForm();

        journey.waitForHeading("Amy Example");
        WebElement qa = browser.findElement(By.xpath("//h2[@id='quality-assurance']/following-sibling::table[1]"));
        assertThat(qa.getText()).contains("Done").contains("Change the QA form");
        Chromium.assertAccessible("the child's page with the QA form done");
        browser.findElement(By.linkText("Your worklist")).click();
        journey.waitForHeading("Your worklist");
        assertThat(browser.findElements(By.cssSelector("#qa-due a[href$='/reviews/" + reviewId + "/qa']")))
                .as("the QA form done is no longer due").isEmpty();
    }

    @Test
    void a_manager_draws_a_dip_sample_and_lands_on_the_audit() {
        journey.signIn(fixture.pages.managerUser);
        journey.open(fixture.pages.page("/audits"));
        journey.waitForHeading("Audits");
        journey.click(browser.findElement(By.linkText("Draw an audit")));
        journey.waitForHeading("Draw an audit");
        Chromium.assertAccessible("the form to draw an audit");
        journey.submit(By.xpath("//button[text()='Draw the audit']"));

        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Enter a title for the audit").contains("Choose at least one auditor");
        Chromium.assertAccessible("the form to draw an audit with errors");
        browser.findElement(By.id("title")).sendKeys("December dip sample");
        browser.findElement(By.id("sample-size")).sendKeys("2");
        browser.findElement(By.cssSelector("label[for=auditors]")).click();
        browser.findElement(By.className("govuk-details__summary")).click();
        Chromium.assertAccessible("the form to draw an audit, the cohort's further filters open");
        browser.findElement(By.cssSelector("label[for=legal-statuses]")).click(); // C1, as both children
        journey.submit(By.xpath("//button[text()='Draw the audit']"));

        journey.waitForHeading("December dip sample");
        assertThat(browser.getCurrentUrl()).contains("/audits/");
    }

    @Test
    void an_admin_adds_a_question_to_the_qa_form_and_an_iro_is_asked_it_after_the_next_review() {
        journey.signIn(fixture.adminUser);
        journey.waitForHeading("Pageshire County Council");
        browser.findElement(By.linkText("Change the QA form's questions")).click();

        journey.waitForHeading("The QA form's questions");
        Chromium.assertAccessible("the QA form's questions");
        browser.findElement(By.id("label-new")).sendKeys("Life story work under way");
        journey.submitForm();

        WebElement summary = browser.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Enter an id for the new question, like life-story-work");
        Chromium.assertAccessible("the QA form's questions with an error");
        summary.findElement(By.partialLinkText("Enter an id for the new question")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("id-new");
        browser.switchTo().activeElement().sendKeys("life-story-work");
        browser.findElement(By.cssSelector("label[for=remove-7]")).click();
        journey.submitForm();

        journey.waitForHeading("The QA form's questions");
        assertThat(browser.findElement(By.className("govuk-notification-banner--success")).getText())
                .contains("Version 2 of the QA form is in force");
        Chromium.assertAccessible("the QA form's questions, changed");

        String reviewId = fixture.reviewHeldYesterday();
        browser.manage().deleteAllCookies();
        journey.signIn(fixture.pages.iroUser);
        journey.open(fixture.pages.page("/children/" + fixture.pages.child + "/reviews/" + reviewId + "/qa"));
        journey.waitForHeading("Quality assurance form");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Life story work under way")
                .doesNotContain("Regulation 44 visitor reports considered");
    }
}
