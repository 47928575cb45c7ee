package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.access.port.out.IdempotencyKeys;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.Tokens;
import org.openiro.authority.AuthorityCode;
import org.openiro.shared.UnitOfWork;

/**
 * A client that lost an answer sends its request again (issue 22): with an {@code Idempotency-Key} it gets the first
 * answer back and nothing is done twice; without one, a second review of the same kind on the same day is refused.
 */
@MicronautTest(environments = "pg", transactional = false)
class IdempotencyKeyTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    IdempotencyKeys keys;
    @Inject
    UnitOfWork unitOfWork;

    private Api api;
    private final String authority = TestAuthorities.fresh("retry");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authorityWithChildInCare(authority);
    }

    private String child() {
        return "/api/authorities/" + authority + "/children/C1";
    }

    private List<?> reviews() {
        try {
            return json.readValue(api.get(child() + "/reviews").body(), io.micronaut.core.type.Argument.listOf(Object.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Api.Reply postWithKey(Api as, String path, String body, String key) {
        return as.sendWithHeader("POST", path, body, "Idempotency-Key", key);
    }

    @Test
    void a_review_sent_again_with_its_key_answers_as_the_first_time_and_is_recorded_once() {
        Api.Reply first = postWithKey(api, child() + "/reviews", ReviewCycleTest.review("2023-05-25"), "k-1");
        Api.Reply again = postWithKey(api, child() + "/reviews", ReviewCycleTest.review("2023-05-25"), "k-1");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(reviews()).hasSize(1);
        assertThat(api.get(child()).at("nextReview.dueDate")).as("three months on: the second review's rule")
                .isEqualTo("2023-08-25");
        String reviewId = first.location().substring(first.location().lastIndexOf('/') + 1);
        assertThat(api.get("/api/authorities/" + authority + "/audit?resource=casework&id=" + reviewId)
                .at("totalItems")).as("the answer given again wrote nothing, so nothing is audited").isEqualTo(1);
    }

    @Test
    void an_answer_without_a_location_is_given_again_too() {
        String end = child() + "/episodes/current/end";
        String body = "{\"endDate\": \"2023-09-01\", \"reason\": \"E13\"}";

        Api.Reply first = postWithKey(api, end, body, "end-1");
        Api.Reply again = postWithKey(api, end, body, "end-1");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).as("not 409: the period was ended by the first").isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void the_same_key_with_another_request_is_refused_and_changes_nothing() {
        postWithKey(api, child() + "/reviews", ReviewCycleTest.review("2023-05-25"), "k-2");

        Api.Reply other = postWithKey(api, child() + "/reviews", ReviewCycleTest.review("2023-06-01"), "k-2");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.errorFields()).containsExactly("Idempotency-Key");
        assertThat(reviews()).hasSize(1);
    }

    @Test
    void keys_are_each_users_own() {
        String other = Tokens.mint("another-admin", List.of("admin", "manager"), List.of(authority), null, null);
        postWithKey(api, child() + "/reviews", ReviewCycleTest.review("2023-05-25"), "shared-key");

        Api.Reply theirs = postWithKey(api.as(other), child() + "/reviews", ReviewCycleTest.review("2023-06-20"),
                "shared-key");

        assertThat(theirs.status()).as("their key is not mine: their request runs").isEqualTo(201);
    }

    @Test
    void while_the_first_is_still_running_the_second_is_told_so() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        // The first request with the key, as far as it has got: it holds the key in its unit of work.
        CompletableFuture<IdempotencyKeys.Claim> first = CompletableFuture.supplyAsync(() -> unitOfWork.inTransaction(
                () -> {
                    IdempotencyKeys.Claim claim = keys.claim(AuthorityCode.of(authority), "test-admin", "k-3",
                            Instant.now().minus(IdempotencyKeys.KEPT_FOR));
                    holding.countDown();
                    await(finish);
                    return claim;
                }));
        await(holding);

        Api.Reply second = postWithKey(api, child() + "/reviews", ReviewCycleTest.review("2023-05-25"), "k-3");
        finish.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isInstanceOf(IdempotencyKeys.Fresh.class);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorFields()).containsExactly("Idempotency-Key");
        assertThat(postWithKey(api, child() + "/reviews", ReviewCycleTest.review("2023-05-25"), "k-3").status())
                .as("once the first has ended (here with nothing kept) the key may be used").isEqualTo(201);
    }

    @Test
    void a_key_that_is_not_a_token_is_refused() {
        Api.Reply refused = postWithKey(api, child() + "/reviews", ReviewCycleTest.review("2023-05-25"), "two words");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("Idempotency-Key");
        assertThat(reviews()).isEmpty();
    }

    @Test
    void without_a_key_a_second_review_of_the_same_kind_on_the_same_day_is_refused() {
        assertThat(api.post(child() + "/reviews", ReviewCycleTest.review("2023-05-25")).status()).isEqualTo(201);

        Api.Reply again = api.post(child() + "/reviews", ReviewCycleTest.review("2023-05-25"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorFields()).containsExactly("meetingDates");
        assertThat(api.get(child()).at("nextReview.dueDate")).as("the due date still follows the first review alone")
                .isEqualTo("2023-08-25");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
