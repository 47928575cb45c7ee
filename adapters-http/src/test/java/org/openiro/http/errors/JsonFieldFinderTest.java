package org.openiro.http.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import org.junit.jupiter.api.Test;
import org.openiro.http.authorities.AuthorityBody;
import org.openiro.http.children.EpisodeBody;
import org.openiro.shared.FieldError;

class JsonFieldFinderTest {

    private static FieldError find(String json, Class<?> type) {
        return JsonFieldFinder.find(json, Argument.of(type)).orElse(null);
    }

    @Test
    void a_well_formed_body_has_no_problem() {
        assertThat(find("""
                {"startDate": "2024-01-05", "legalStatus": "C1", "placement": {"type": "U1", "over20Miles": null}}""",
                EpisodeBody.class)).isNull();
    }

    @Test
    void names_nested_fields_as_the_client_wrote_them() {
        assertThat(find("{\"placement\": {\"over20Miles\": \"far\"}}", EpisodeBody.class))
                .isEqualTo(new FieldError("placement.over20Miles", "must be true or false"));
        assertThat(find("{\"placement\": {\"kind\": \"U1\"}}", EpisodeBody.class))
                .isEqualTo(new FieldError("placement.kind", "is not a field of this request"));
    }

    @Test
    void names_list_elements_by_index() {
        assertThat(find("""
                {"name": "x", "policy": {"escalationLadder": [
                  {"id": "informal", "respondentRole": "social-worker", "workingDays": 5},
                  {"id": "stage-1", "respondentRole": "team-manager", "workingDays": "five"}]}}""",
                AuthorityBody.class))
                .isEqualTo(new FieldError("policy.escalationLadder[1].workingDays", "must be a whole number"));
    }

    @Test
    void refuses_impossible_dates_and_coercions_the_serializer_would_allow() {
        assertThat(find("{\"startDate\": \"2023-02-30\"}", EpisodeBody.class).field()).isEqualTo("startDate");
        assertThat(find("{\"childPopulation\": \"12000\", \"name\": \"x\"}", AuthorityBody.class).field())
                .isEqualTo("childPopulation");
        assertThat(find("{\"name\": 5}", AuthorityBody.class).field()).isEqualTo("name");
    }

    @Test
    void a_body_that_is_not_json_is_named_as_the_body() {
        assertThat(find("{\"name\": ", AuthorityBody.class)).isEqualTo(new FieldError("body", "the body is not valid JSON"));
        assertThat(find("[1, 2]", AuthorityBody.class)).isEqualTo(new FieldError("body", "must be an object"));
    }

    @Test
    void refuses_anything_after_the_json_value() {
        assertThat(find("{\"name\": \"x\"} trailing", AuthorityBody.class).field()).isEqualTo("body");
        assertThat(find("{\"name\": \"x\"}{\"name\": \"y\"}", AuthorityBody.class))
                .isEqualTo(new FieldError("body", "has more after the JSON value"));
        assertThat(find("{\"name\": \"x\"}\n  ", AuthorityBody.class)).as("white space after is fine").isNull();
    }

    @Test
    void refuses_nul_characters_in_any_text_and_names_the_field() {
        assertThat(find("{\"name\": \"x\\u0000\"}", AuthorityBody.class))
                .isEqualTo(new FieldError("name", JsonFieldFinder.NUL_MESSAGE));
        assertThat(find("{\"startDate\": \"2024-01-05\", \"placement\": {\"type\": \"U\\u00001\"}}", EpisodeBody.class)
                .field()).isEqualTo("placement.type");
        assertThat(JsonFieldFinder.find("{\"q1\": [\"yes\", {\"deep\": \"a\\u0000\"}]}",
                Argument.mapOf(String.class, Object.class))).as("text of no fixed shape, such as a form's answers")
                .contains(new FieldError("body", JsonFieldFinder.NUL_MESSAGE));
    }

    @Test
    void refuses_dates_outside_the_calendars_years_and_births_before_1983() {
        assertThat(find("{\"startDate\": \"9999-12-31\"}", EpisodeBody.class))
                .isEqualTo(new FieldError("startDate", org.openiro.calendar.SupportedDates.MESSAGE));
        assertThat(find("{\"startDate\": \"2000-12-31\"}", EpisodeBody.class).field()).isEqualTo("startDate");
        assertThat(find("{\"startDate\": \"2001-01-01\"}", EpisodeBody.class)).isNull();
        assertThat(find("{\"dateOfBirth\": \"1983-01-01\"}", org.openiro.http.children.ChildBody.class)).isNull();
        assertThat(find("{\"dateOfBirth\": \"1982-12-31\"}", org.openiro.http.children.ChildBody.class).field())
                .isEqualTo("dateOfBirth");
    }
}
