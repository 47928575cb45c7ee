package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.files.CsvTable;
import org.openiro.ssda903.Ssda903Check;

/** The SSDA903 reviews table for a collection year, as the DfE lays it out, from reviews recorded through the API. */
@MicronautTest(environments = "pg", transactional = false)
class Ssda903ExportTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void the_reviews_of_the_year_one_row_each_dated_by_their_last_meeting_and_none_for_short_breaks() {
        Api api = new Api(server.getURL(), json);
        String authority = TestAuthorities.fresh("export");
        api.authority(authority);
        String children = "/api/authorities/" + authority + "/children/";
        api.child(authority, "1001", "2015-03-15");
        api.episode(authority, "1001", "2023-04-28");
        String pn1 = "\"participation\": {\"code\": \"PN1\", \"methods\": [\"attended-in-person\"]}";
        for (String meetings : new String[] {"\"2023-05-25\"", "\"2023-08-14\", \"2023-08-21\"", "\"2024-02-10\"",
                "\"2024-08-01\""}) {
            assertThat(api.post(children + "1001/reviews", "{\"meetingDates\": [" + meetings + "], " + pn1 + "}")
                    .status()).isEqualTo(201);
        }
        api.child(authority, "1002", "2014-06-01");
        api.post(children + "1002/episodes", """
                {"startDate": "2023-09-01", "legalStatus": "V3", "placement": {"type": "U6", "over20Miles": false}}""");
        assertThat(api.post(children + "1002/reviews", "{\"meetingDates\": [\"2023-11-20\"], " + pn1 + "}")
                .status()).as("recorded, but a short-breaks review is not a 903 review").isEqualTo(201);

        Api.Reply export = api.sendWithHeader("GET", "/api/authorities/" + authority
                + "/exports/ssda903/reviews?year=2024", "", "Accept", "text/csv");

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.body()).isEqualTo("CHILD,DOB,REVIEW,REVIEW_CODE\r\n"
                + "1001,15/03/2015,25/05/2023,PN1\r\n"
                + "1001,15/03/2015,21/08/2023,PN1\r\n"
                + "1001,15/03/2015,10/02/2024,PN1\r\n");
        CsvTable table = CsvTable.parse("reviews.csv", export.body());
        assertThat(table.columns()).as("the layout the import reads").isEqualTo(Ssda903Check.REVIEW_COLUMNS);

        assertThat(api.get("/api/authorities/" + authority + "/exports/ssda903/reviews?year=24").errorFields())
                .containsExactly("year");
    }
}
