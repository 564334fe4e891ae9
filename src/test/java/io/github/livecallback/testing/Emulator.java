package io.github.livecallback.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The running emulator's test API, as the function's tests use it. */
public final class Emulator {

    private Emulator() {
    }

    public static String url() {
        return ConfigProvider.getConfig().getOptionalValue(EmulatorResource.URL_PROPERTY, String.class)
                .orElseGet(() -> System.getProperty(EmulatorResource.URL_PROPERTY));
    }

    public static void reset() {
        given().baseUri(url()).post("/_emulator/reset").then().statusCode(204);
    }

    /** Every API request the emulator received since the last reset, oldest first. */
    public static List<Map<String, Object>> journal() {
        return JsonPath.from(given().baseUri(url()).get("/_emulator/journal").then().statusCode(200).extract()
                .asString()).getList("$");
    }

    /** The next {@code times} requests of any action get this error. */
    public static void fail(int times, int status, String code) {
        fail("*", times, status, code);
    }

    /** The next {@code times} requests get a 429 that says to come back after {@code retryAfterSeconds}. */
    public static void throttle(int times, int retryAfterSeconds) {
        given().baseUri(url()).contentType(ContentType.JSON)
                .body(Map.of("Times", times, "Status", 429, "Code", "FlowLimitExceeded", "RetryAfter",
                        retryAfterSeconds))
                .post("/_emulator/faults").then().statusCode(204);
    }

    /**
     * A share of all requests fail with one of the API's retriable errors, picked at random, and another share
     * have their connection reset.
     */
    public static void chaos(double failureRate, double resetRate) {
        List<Map<String, Object>> failures = List.of(
                Map.of("Status", 500, "Code", "InternalError"),
                Map.of("Status", 502, "Code", "InternalServiceError"),
                Map.of("Status", 503, "Code", "ServiceUnavailable"),
                Map.of("Status", 504, "Code", "InternalServiceTimeout"),
                Map.of("Status", 429, "Code", "FlowLimitExceeded"),
                Map.of("Status", 200, "Code", "CommonErr"));
        given().baseUri(url()).contentType(ContentType.JSON)
                .body(Map.of("FailureRate", failureRate, "Failures", failures, "ResetRate", resetRate))
                .post("/_emulator/chaos").then().statusCode(204);
    }

    /** The most API requests the emulator received within any one window of this length. */
    public static int mostRequestsInAnyWindow(Duration window) {
        List<Long> arrivals = journal().stream().map(entry -> ((Number) entry.get("receivedAt")).longValue())
                .sorted().toList();
        int most = 0;
        int start = 0;
        for (int end = 0; end < arrivals.size(); end++) {
            while (arrivals.get(end) - arrivals.get(start) >= window.toMillis()) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }

    /**
     * Changes the emulator's rate limit per account (the profile's: 10 requests per second for Volcengine, 1 for
     * BytePlus) until the next {@link #reset()}.
     *
     * @param limit most accepted requests per account in any 1-second window; 0 lifts the limit
     */
    public static void requestsPerSecond(int limit) {
        given().baseUri(url()).contentType(ContentType.JSON).body(Map.of("RequestsPerSecond", limit))
                .post("/_emulator/limits").then().statusCode(204);
    }

    /** The emulator's rate limit per account now in force; 0 when lifted. */
    public static int requestsPerSecond() {
        return JsonPath.from(given().baseUri(url()).get("/_emulator/limits").then().statusCode(200).extract()
                .asString()).getInt("RequestsPerSecond");
    }

    /** The next {@code times} requests of this action get this error. */
    public static void fail(String action, int times, int status, String code) {
        fail(action, times, status, code, "injected " + code);
    }

    /** The next {@code times} requests of this action get this error, with this message. */
    public static void fail(String action, int times, int status, String code, String message) {
        given().baseUri(url()).contentType(ContentType.JSON)
                .body(Map.of("Action", action, "Times", times, "Status", status, "Code", code, "Message", message))
                .post("/_emulator/faults").then().statusCode(204);
    }
}
