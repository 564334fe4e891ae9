package io.github.livecallback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.SilentServer;
import io.github.livecallback.testing.TestRedis;

/** The readiness check of the shared store against a real Redis: running, stopped, and silent. */
class StoreReadinessTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);
    /** Beyond the command timeout: the failure's own way back on a busy machine. */
    private static final long SLACK_MILLIS = 400;
    private static final String PASSWORD = "s3cret-Pa55";

    private final TestRedis redis = TestRedis.stopped(PASSWORD);

    @AfterEach
    void stopRedis() {
        redis.close();
    }

    @Test
    void upWhileRedisAnswersDownWhenItIsGoneAndNeverThePassword() {
        redis.start();
        // The first command also starts Vert.x, connects and authenticates: more than 300 ms in a cold JVM.
        StoreReadiness readiness = new StoreReadiness(Optional.of(redis.newConnection(Duration.ofSeconds(5))), false);
        HealthCheckResponse up = readiness.call();
        assertEquals(HealthCheckResponse.Status.UP, up.getStatus(), up.getData().toString());

        redis.stop();
        HealthCheckResponse down = readiness.call();

        assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
        String reason = (String) data(down).get("reason");
        assertTrue(reason.startsWith("Redis store unavailable for ping: "), reason);
        assertFalse(data(down).toString().contains(PASSWORD), data(down).toString());

        redis.start();
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus(), "back without a restart");
    }

    @Test
    void onFailureLocalStaysUpWithANote() {
        HealthCheckResponse response = new StoreReadiness(Optional.of(redis.newConnection(TIMEOUT)), true).call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertTrue(((String) data(response).get("note")).contains("on-failure=local"), data(response).toString());
    }

    @Test
    void aSilentRedisIsDownWithinTheCommandTimeout() throws IOException {
        try (SilentServer silent = new SilentServer()) {
            StoreReadiness readiness = new StoreReadiness(Optional.of(
                    redis.newConnection(silent.redisUrl(), TIMEOUT)), false);

            long start = System.nanoTime();
            HealthCheckResponse response = readiness.call();
            long tookMillis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
            assertTrue(((String) data(response).get("reason")).startsWith(
                    "Redis store unavailable for ping: no answer within 300 ms"), data(response).toString());
            assertTrue(tookMillis >= TIMEOUT.toMillis() && tookMillis <= TIMEOUT.toMillis() + SLACK_MILLIS,
                    "answered after " + tookMillis + " ms");
        }
    }

    @Test
    void withoutRedisTheStoreIsMemoryAndUp() {
        HealthCheckResponse response = new StoreReadiness(Optional.empty(), false).call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals("memory", data(response).get("store"));
    }

    private static Map<String, Object> data(HealthCheckResponse response) {
        return response.getData().orElseThrow();
    }
}
