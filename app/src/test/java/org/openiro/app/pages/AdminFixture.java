package org.openiro.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;

/**
 * The page fixture's authority with an administrator's user too, the SSDA903 files an administrator uploads (and
 * the same return with one bad row), a review held yesterday for the first child, and an audit of both children.
 */
final class AdminFixture {

    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
            + "1001,1,15/03/2015,WBRI,,,\n";
    static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\n"
            + "1001,28/04/2023,S,C2,N1,U4,PR1,01/09/2023,X1,,,,\n"
            + "1001,01/09/2023,P,C2,N1,R1,PR2,,,CHILD,,,\n";
    static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE\n"
            + "1001,15/03/2015,25/05/2023,PN1\n"
            + "1001,15/03/2015,20/09/2023,PN3\n";
    /** The reviews file with its second review (row 3, as a spreadsheet numbers it) held on a day that is not one. */
    static final String BAD_REVIEWS = REVIEWS.replace("20/09/2023", "31/02/2023");

    final PageFixture pages;
    final String adminUser = TestAuthorities.fresh("admin");
    private final Api api;

    AdminFixture(Api api) {
        this.api = api;
        this.pages = new PageFixture(api);
        ok(api.put(pages.path() + "/users/" + adminUser, "{\"password\": \"" + PageFixture.PASSWORD
                + "\", \"roles\": [\"admin\"]}"));
    }

    /** How many children the authority holds, as the API counts them. */
    long children() {
        return ((Number) api.get(pages.path() + "/children").at("totalItems")).longValue();
    }

    /** A review of the first child held yesterday, its series complete: its QA form is due. */
    String reviewHeldYesterday() {
        Api.Reply review = api.post(pages.path() + "/children/" + pages.child + "/reviews", """
                {"meetingDates": ["%s"], "participation": {"code": "PN1", "methods": ["attended-in-person"],
                 "chairedByChild": "part"}, "advocacy": {"status": "not-applicable"}}"""
                .formatted(LocalDate.now().minusDays(1)));
        ok(review);
        return (String) review.at("id");
    }

    /** A dip sample of both children, each audited by the fixture's IRO. */
    String auditOfBothChildren() {
        Api.Reply audit = api.post(pages.path() + "/audits", """
                {"title": "Children new to care", "on": "%s", "cohort": {}, "sampleSize": 2, "seed": 7,
                 "auditors": ["iro-1"]}""".formatted(LocalDate.now()));
        ok(audit);
        return (String) audit.at("id");
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isLessThan(300);
    }
}
