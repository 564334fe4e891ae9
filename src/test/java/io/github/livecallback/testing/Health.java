package io.github.livecallback.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** The function's health endpoints as a platform's probe asks them: a plain GET, no token. */
public final class Health {

    public static final String READY = "/q/health/ready";
    public static final String LIVE = "/q/health/live";

    private Health() {
    }

    /** {@code GET /q/health/ready}. */
    public static Response ready() {
        return given().when().get(READY);
    }

    /** {@code GET /q/health/live}, for the test's assertions. */
    public static ValidatableResponse liveness() {
        return given().when().get(LIVE).then();
    }

    /** One check of a health answer, by name: its {@code status} and its {@code data}. */
    public static Map<String, Object> check(Response answer, String name) {
        Map<String, Object> check = JsonPath.from(answer.asString())
                .getMap("checks.find { it.name == '" + name + "' }");
        if (check == null) {
            throw new AssertionError("no check " + name + " in " + answer.asString());
        }
        return check;
    }

    /** The value {@code key} of the named check's data, or null. */
    public static Object data(Response answer, String name, String key) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) check(answer, name).get("data");
        return data == null ? null : data.get(key);
    }

    /**
     * Asks for readiness until the answer satisfies {@code until}, for at most {@code within}: for a state that the
     * function reaches by itself a little after the test's action (a reconnect, a breaker's timer). Returns the last
     * answer, satisfying or not, for the test to assert on.
     */
    public static Response readyOnceIt(Predicate<Response> until, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        Response answer = ready();
        while (!until.test(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = ready();
        }
        return answer;
    }
}
