package io.github.livecallback.endtoend.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.InboundToken;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Prometheus scrapes the function's meters at {@code GET /q/metrics}, with the inbound token when one is set, and
 * without OTLP configured: the counters move with the invocations.
 */
@QuarkusTest
@TestProfile(InboundToken.class)
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class PrometheusScrapeTest {

    static final String TOKEN = InboundToken.TOKEN;

    @Test
    void aScrapeWithoutTheTokenIsRefused() {
        given().when().get("/q/metrics").then().statusCode(401)
                .body("ResponseMetadata.Error.Code", equalTo("MissingAuthenticationToken"));
    }

    @Test
    void theCountersMoveWithTheInvocations() {
        String ok = "live_callback_invocations_total{live_action=\"UpdateCallback\",live_entry_point=\"function\","
                + "live_outcome=\"ok\",live_status=\"200\"}";
        String invalid = "live_callback_invocations_total{live_action=\"UpdateCallback\","
                + "live_entry_point=\"function\",live_outcome=\"invalid\",live_status=\"400\"}";
        double okBefore = value(scrape(), ok).orElse(0.0);
        double invalidBefore = value(scrape(), invalid).orElse(0.0);

        Invoke.json().header("Authorization", "Bearer " + TOKEN).body(Payloads.update()).post("/updateCallback")
                .then().statusCode(200);
        Invoke.json().header("Authorization", "Bearer " + TOKEN).body("{\"Vhost\":\"push.example.com\"}")
                .post("/updateCallback").then().statusCode(400);

        String after = scrape();
        assertEquals(okBefore + 1, value(after, ok).orElseThrow(), after);
        assertEquals(invalidBefore + 1, value(after, invalid).orElseThrow(), after);
        assertTrue(value(after, "live_callback_upstream_attempts_total{live_action=\"UpdateCallback\","
                + "live_code=\"none\",live_result=\"2xx\"}").orElseThrow() >= 1, after);
        assertEquals(0.0, value(after, "live_callback_circuit_open").orElseThrow(), after);
        assertTrue(after.contains("# TYPE live_callback_quota_wait_seconds summary"), after);
        assertTrue(after.contains("\nft_invocations_total{"), "SmallRye Fault Tolerance's meters: " + after);
    }

    private static String scrape() {
        return given().header("Authorization", "Bearer " + TOKEN).when().get("/q/metrics")
                .then().statusCode(200).extract().asString();
    }

    /** The value of the series named exactly {@code series} (name and labels) in Prometheus' text format. */
    private static Optional<Double> value(String exposition, String series) {
        return Arrays.stream(exposition.split("\n")).filter(line -> line.startsWith(series + " "))
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]))
                .findFirst();
    }
}
