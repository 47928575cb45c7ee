package org.openiro.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.openiro.app.support.Api;

/**
 * The page fixture with a second IRO, Olu Second, who holds nobody yet (somewhere for a manager to move Iris Example's
 * two children), and the other child's first review held today, in timescale: one review due, one held this year.
 */
final class ManagerFixture {

    final PageFixture pages;
    final String secondIro = "iro-2";
    final String adminUser = org.openiro.app.support.TestAuthorities.fresh("admin");

    ManagerFixture(Api api) {
        this.pages = new PageFixture(api);
        Api.Reply reply = api.put(pages.path() + "/iros/" + secondIro, """
                {"name": "Olu Second", "email": "olu@example.org", "fte": 1.0, "employment": "permanent",
                 "team": "South", "duties": ["cla"], "from": "2020-01-01"}""");
        assertThat(reply.status()).as(reply.toString()).isLessThan(300);
        Api.Reply admin = api.put(pages.path() + "/users/" + adminUser, "{\"password\": \"" + PageFixture.PASSWORD
                + "\", \"roles\": [\"admin\"]}");
        assertThat(admin.status()).as(admin.toString()).isLessThan(300);
        Api.Reply held = api.post(pages.path() + "/children/" + pages.otherChild + "/reviews", """
                {"meetingDates": ["%s"], "participation": {"code": "PN1", "methods": ["attended-in-person"]}}"""
                .formatted(LocalDate.now()));
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
    }
}
