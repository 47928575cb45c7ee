package org.openiro.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openiro.app.support.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The children list in headless Chromium, as an IRO service manager searches it: part of a name, then an IRO, then a
 * child's id; axe-core finds no WCAG 2.2 AA violation on any page passed through.
 */
@MicronautTest(environments = "pg", transactional = false)
@io.micronaut.context.annotation.Property(name = "iro.security.secure-cookie", value = "false")
@ExtendWith(Chromium.class)
class ChildSearchJourneysTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PageFixture fixture;
    private WebDriver browser;
    private Journey journey;

    @BeforeEach
    void setUp() {
        Api api = new Api(server.getURL(), json);
        fixture = new PageFixture(api);
        assertThat(api.put(fixture.path() + "/children/C2", """
                {"dateOfBirth": "2012-03-04", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false,
                 "name": "Zoë O'Brien"}""").status()).isLessThan(300);
        journey = new Journey(server.getURL());
        browser = journey.browser();
    }

    @AfterAll
    static void closeBrowser() {
        Chromium.quit();
    }

    private void search() {
        journey.submit(By.xpath("//main//button[normalize-space()='Search']"));
    }

    private String table() {
        return browser.findElement(By.cssSelector("table.govuk-table")).getText();
    }

    @Test
    void a_manager_finds_a_child_by_part_of_their_name_then_opens_another_by_id() {
        journey.signIn(fixture.managerUser);
        browser.get(server.getURL() + fixture.page("/children"));
        Chromium.assertAccessible("the children list");
        assertThat(table()).contains("Child C1").contains("Amy Example").contains("Child C2").contains("Zoë O'Brien");

        browser.findElement(By.id("q")).sendKeys("o'brien");
        search();
        Chromium.assertAccessible("the children found by name");
        assertThat(table()).contains("1 child whose name contains “o'brien”").contains("Child C2")
                .doesNotContain("Child C1");

        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("amy");
        new Select(browser.findElement(By.id("iro"))).selectByVisibleText("Iris Example");
        search();
        assertThat(table()).contains("1 child whose name contains “amy”").contains("Child C1").contains("Amy Example");
        assertThat(new Select(browser.findElement(By.id("iro"))).getFirstSelectedOption().getText())
                .isEqualTo("Iris Example");

        box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("C2");
        search();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().endsWith(fixture.page("/children/C2")));
        Chromium.assertAccessible("the child's page, opened by id");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Zoë O'Brien");
    }
}
