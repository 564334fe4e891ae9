package io.github.livecallback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.github.livecallback.store.OutcomeStore.Claimed;
import io.github.livecallback.testing.SilentServer;
import io.github.livecallback.testing.TestRedis;

/** Redis down, silent or back again: the stores fail fast with StoreUnavailable and recover by themselves. */
class RedisFailureTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);
    /** Beyond the command timeout: the failure's own way back to the caller on a busy machine. */
    private static final long SLACK_MILLIS = 400;

    private TestRedis redis;
    private QuotaStore quota;
    private OutcomeStore outcomes;
    private ChangeOrder changes;

    @BeforeEach
    void startRedis() {
        redis = TestRedis.started();
        RedisConnection connection = redis.newConnection(TIMEOUT);
        quota = new RedisQuotaStore(connection);
        outcomes = new RedisOutcomeStore(connection);
        changes = new RedisChangeOrder(connection, Duration.ofDays(7));
    }

    @AfterEach
    void stopRedis() {
        redis.close();
    }

    private Map<String, Executable> everyOperation() {
        String id = UUID.randomUUID().toString();
        ChangeKey key = new ChangeKey("vhost:" + id, "live", "push");
        return Map.of(
                "acquire", () -> quota.acquire(id, 10, Duration.ofSeconds(1), Instant.now().plusSeconds(5))
                        .orElseThrow().release(),
                "claim", () -> outcomes.claim(id, "hash", Duration.ofSeconds(30)),
                "complete", () -> outcomes.complete(id, "hash", "{}", Duration.ofHours(1)),
                "abandon", () -> outcomes.abandon(id + "-other", "hash"),
                "lock", () -> changes.lock(key.scope(), Instant.now().plusSeconds(5)).orElseThrow().close(),
                "newerChange", () -> changes.newerChange(key, Instant.now()),
                "record", () -> changes.record(key, Instant.now()));
    }

    @Test
    void withRedisStoppedEveryOperationFailsFastAndWorksAgainOnceItIsBack() throws Throwable {
        for (Executable operation : everyOperation().values()) {
            operation.execute();
        }

        redis.stop();
        everyOperation().forEach((name, operation) -> {
            long start = System.nanoTime();
            StoreUnavailable failure = assertThrows(StoreUnavailable.class, operation, name);
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMillis <= TIMEOUT.toMillis() + SLACK_MILLIS, name + " failed after " + tookMillis + " ms");
            assertTrue(failure.getMessage().startsWith("Redis store unavailable for "), failure.getMessage());
        });

        // Restarted empty: the scripts are sent in full again. The client dropped its dead connections when the
        // server closed them, so the very first command after the restart works.
        redis.start();
        for (Executable operation : everyOperation().values()) {
            operation.execute();
        }
    }

    @Test
    void aRedisThatDoesNotAnswerFailsAfterTheCommandTimeout() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            RedisConnection connection = redis.newConnection(silent.redisUrl(), TIMEOUT);
            long start = System.nanoTime();

            StoreUnavailable failure = assertThrows(StoreUnavailable.class,
                    () -> new RedisOutcomeStore(connection).claim("key", "hash", Duration.ofSeconds(30)));

            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMillis >= TIMEOUT.toMillis() && tookMillis <= TIMEOUT.toMillis() + SLACK_MILLIS,
                    "failed after " + tookMillis + " ms");
            assertEquals("Redis store unavailable for outcome claim: no answer within 300 ms", failure.getMessage());
        }
    }

    @Test
    void theFailureNeverCarriesThePassword() {
        redis.stop();
        RedisConnection connection = redis.newConnection(
                redis.url().replace("redis://", "redis://function:s3cret-Pa55@"), TIMEOUT);

        StoreUnavailable failure = assertThrows(StoreUnavailable.class,
                () -> new RedisOutcomeStore(connection).claim("key", "hash", Duration.ofSeconds(30)));

        assertFalse(failure.getMessage().contains("s3cret-Pa55"), failure.getMessage());
        assertEquals("rediss://***@host:6380 and redis://***@other",
                RedisConnection.withoutCredentials("rediss://user:pw@host:6380 and redis://:pw@other"));
    }

    @Test
    void onFailureLocalCarriesOnInMemoryAndReturnsToRedis() throws Exception {
        LocalFallback fallback = new LocalFallback();
        OutcomeStore fallingBack = new LocalFallback.Outcomes(outcomes, new MemoryOutcomeStore(), fallback);
        QuotaStore quotaFallingBack = new LocalFallback.Quota(quota, new MemoryQuotaStore(), fallback);
        redis.stop();

        assertEquals(new Claimed(), fallingBack.claim("key", "hash", Duration.ofSeconds(30)));
        quotaFallingBack.acquire("AKLT", 1, Duration.ofSeconds(1), Instant.now()).orElseThrow().release();

        redis.start();
        assertEquals(new Claimed(), fallingBack.claim("key-2", "hash", Duration.ofSeconds(30)));
        assertEquals(new OutcomeStore.InFlight(), outcomes.claim("key-2", "hash", Duration.ofSeconds(30)),
                "the claim was made on Redis again");
    }
}
