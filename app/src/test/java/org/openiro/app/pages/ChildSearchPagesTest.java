package org.openiro.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;

/**
 * The children list searched by id or name (issue 17): an id opens the child's record, part of a name lists the
 * children it matches, whatever its case, beside the IRO filter; each row names the child. The API's {@code ?name=}
 * is the same search.
 */
@MicronautTest(environments = "pg", transactional = false)
// The tests speak plain HTTP, where a browser keeps no Secure cookie; behind HTTPS the cookie is Secure.
@io.micronaut.context.annotation.Property(name = "iro.security.secure-cookie", value = "false")
class ChildSearchPagesTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PageFixture fixture;
    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        fixture = new PageFixture(api);
        // C1 keeps the fixture's "Amy Example"; C2 is renamed, with letters a LIKE pattern or a lower case could trip on.
        Api.Reply renamed = api.put(fixture.path() + "/children/C2", """
                {"dateOfBirth": "2012-03-04", "gender": "male", "ethnicity": "WBRI", "uasc": false, "disability": false,
                 "name": "Zoë O'Brien_Smith"}""");
        assertThat(renamed.status()).as(renamed.toString()).isLessThan(300);
        Api.Reply unnamed = api.put(fixture.path() + "/children/C3", """
                {"dateOfBirth": "2014-05-06", "gender": "female", "ethnicity": "WBRI", "uasc": false, "disability": false}""");
        assertThat(unnamed.status()).as(unnamed.toString()).isLessThan(300);
    }

    private Browser signedIn(String user) {
        Browser browser = new Browser(server.getURL().toString());
        assertThat(browser.signIn(user, PageFixture.PASSWORD).status()).isEqualTo(303);
        return browser;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String row(String body, String childId) {
        int start = body.indexOf("/children/" + childId + "\">Child " + childId + "</a>");
        assertThat(start).as("a row for " + childId).isGreaterThan(0);
        return body.substring(start, body.indexOf("</tr>", start));
    }

    @Test
    void the_list_names_each_child_beside_their_id() {
        Browser.Page list = signedIn(fixture.managerUser).get(fixture.page("/children"));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("3 children").contains("<label class=\"govuk-label govuk-label--s\" for=\"q\">"
                + "Search by id or name</label>").contains("<th scope=\"col\" class=\"govuk-table__header\">Name</th>");
        assertThat(row(list.body(), "C1")).contains("Amy Example");
        assertThat(row(list.body(), "C2")).contains("Zoë O'Brien_Smith");
        assertThat(row(list.body(), "C3")).contains("Not recorded");
    }

    @Test
    void part_of_a_name_in_any_case_finds_that_child_and_not_another() {
        Browser browser = signedIn(fixture.iroUser);

        Browser.Page amy = browser.get(fixture.page("/children?q=" + q("  aMy ex ")));
        assertThat(amy.status()).isEqualTo(200);
        assertThat(amy.body()).contains("1 child whose name contains “aMy ex”").contains("value=\"aMy ex\"")
                .contains("Clear search and filters");
        assertThat(row(amy.body(), "C1")).contains("Amy Example");
        assertThat(amy.body()).doesNotContain("Child C2<").doesNotContain("Child C3<");

        Browser.Page zoe = browser.get(fixture.page("/children?q=" + q("o'brien_")));
        assertThat(zoe.body()).contains("1 child whose name contains").contains("Child C2<")
                .doesNotContain("Child C1<");
        // The wildcards of a LIKE pattern are letters like any other.
        assertThat(browser.get(fixture.page("/children?q=" + q("%"))).body()).contains("0 children whose name contains");
        assertThat(browser.get(fixture.page("/children?q=" + q("Amy_Example"))).body()).contains("0 children");
    }

    @Test
    void a_name_search_keeps_to_the_iro_chosen() {
        Browser browser = signedIn(fixture.managerUser);

        assertThat(browser.get(fixture.page("/children?q=example&iro=iro-1")).body()).contains("1 child whose name")
                .contains("Child C1<").contains("<option value=\"iro-1\" selected>");
        // The overdue filter holds for a search too: Zoë's first review is not yet due.
        assertThat(browser.get(fixture.page("/children?q=zo&overdue=yes")).body()).contains("0 children");
    }

    @Test
    void an_exact_id_opens_the_childs_record_and_an_unknown_one_finds_nobody() {
        Browser browser = signedIn(fixture.managerUser);

        assertThat(browser.get(fixture.page("/children?q=+C2+")).location()).isEqualTo(fixture.page("/children/C2"));
        assertThat(browser.get(fixture.page("/children?id=C3")).location()).as("the start page's box")
                .isEqualTo(fixture.page("/children/C3"));
        Browser.Page start = browser.get(fixture.page(""));
        assertThat(start.body()).contains("Find a child").contains("name=\"id\"");
        assertThat(browser.get(fixture.page("/children?id=amy")).body()).as("a name in the start page's box")
                .contains("1 child whose name contains “amy”").contains("Child C1<");
        Browser.Page unknown = browser.get(fixture.page("/children?q=C9"));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).contains("0 children whose name contains “C9”");
    }

    @Test
    void a_social_worker_is_shown_no_other_child_by_a_search() {
        Browser browser = signedIn(fixture.socialWorkerUser);

        Browser.Page byName = browser.get(fixture.page("/children?q=" + q("Zoë")));
        assertThat(byName.status()).isEqualTo(303);
        assertThat(byName.location()).isEqualTo(fixture.page("/children"));
        assertThat(browser.get(byName.location()).body()).doesNotContain("Zoë").doesNotContain("/children/C2\"");
    }

    @Test
    void the_api_searches_by_name_and_names_each_line() {
        Api.Reply found = api.get(fixture.path() + "/children?name=" + q("BRIEN"));

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.at("totalItems")).isEqualTo(1);
        assertThat(found.at("items.0.id")).isEqualTo("C2");
        assertThat(found.at("items.0.name")).isEqualTo("Zoë O'Brien_Smith");
        assertThat(api.get(fixture.path() + "/children?name=" + "a".repeat(201)).status()).isEqualTo(400);
        assertThat(api.get(fixture.path() + "/children").at("totalItems")).isEqualTo(3);
    }
}
