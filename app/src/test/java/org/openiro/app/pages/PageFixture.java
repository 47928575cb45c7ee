package org.openiro.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;

/**
 * An authority for the page tests: an IRO with a user of their own, a social worker's user, and children in care
 * allocated to the IRO, each new enough that their first review is on the IRO's worklist.
 */
final class PageFixture {

    static final String PASSWORD = "a-long-enough-password";

    final String authority = TestAuthorities.fresh("pages");
    final String iroUser = TestAuthorities.fresh("iro");
    final String socialWorkerUser = TestAuthorities.fresh("sw");
    final String managerUser = TestAuthorities.fresh("mgr");
    final String viewerUser = TestAuthorities.fresh("viewer");
    final String child = "C1";
    final String otherChild = "C2";
    final LocalDate careStarted = LocalDate.now().minusDays(10);
    private final Api api;

    PageFixture(Api api) {
        this.api = api;
        ok(api.put("/api/authorities/" + authority, "{\"name\": \"Pageshire County Council\", \"policy\": {\"preset\": "
                + "\"statutory\"}}"));
        ok(api.put(path() + "/iros/iro-1", """
                {"name": "Iris Example", "email": "iris@example.org", "fte": 1.0, "employment": "permanent",
                 "team": "North", "duties": ["cla"], "from": "2020-01-01"}"""));
        for (String c : new String[] {child, otherChild}) {
            ok(api.child(authority, c, "2012-03-04"));
            ok(api.episode(authority, c, careStarted.toString()));
            ok(api.put(path() + "/children/" + c + "/iro", "{\"iroId\": \"iro-1\", \"from\": \"" + careStarted
                    + "\", \"reason\": \"allocation\"}"));
        }
        ok(api.put(path() + "/children/" + child + "/social-worker", """
                {"id": "sw-1", "name": "Sam Worker", "email": "sam@example.org", "team": "North"}"""));
        user(iroUser, "[\"iro\"]", ", \"iroId\": \"iro-1\"");
        user(socialWorkerUser, "[\"social-worker\"]", ", \"socialWorkerId\": \"sw-1\"");
        user(managerUser, "[\"manager\"]", "");
        user(viewerUser, "[\"viewer\"]", "");
    }

    String path() {
        return "/api/authorities/" + authority;
    }

    String page(String rest) {
        return "/authorities/" + authority + rest;
    }

    private void user(String name, String roles, String extra) {
        ok(api.put(path() + "/users/" + name, "{\"password\": \"" + PASSWORD + "\", \"roles\": " + roles + extra + "}"));
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isLessThan(300);
    }
}
