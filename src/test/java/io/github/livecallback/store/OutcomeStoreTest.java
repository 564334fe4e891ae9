package io.github.livecallback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.github.livecallback.store.OutcomeStore.Claimed;
import io.github.livecallback.store.OutcomeStore.Completed;
import io.github.livecallback.store.OutcomeStore.Conflict;
import io.github.livecallback.store.OutcomeStore.InFlight;
import io.github.livecallback.testing.TestRedis;

/** One contract for both outcome stores: a duplicate is answered with what the first delivery got, once. */
class OutcomeStoreTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration RETENTION = Duration.ofHours(24);
    private static final String OUTCOME = "{\"ResponseMetadata\":{\"RequestId\":\"58F4\"},\"Note\":\"直播 ✓\"}";

    /**
     * Generous: these tests are about what the stores answer, and a first connection in a busy JVM can take longer
     * than the production default. RedisFailureTest holds the timeout to account.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static TestRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = TestRedis.started();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Nested
    class InMemory extends Contract {

        private final OutcomeStore store = new MemoryOutcomeStore();

        @Override
        OutcomeStore instanceA() {
            return store;
        }

        @Override
        OutcomeStore instanceB() {
            return store;
        }
    }

    @Nested
    class OnRedis extends Contract {

        private final OutcomeStore a = new RedisOutcomeStore(redis.newConnection(TIMEOUT));
        private final OutcomeStore b = new RedisOutcomeStore(redis.newConnection(TIMEOUT));

        @Override
        OutcomeStore instanceA() {
            return a;
        }

        @Override
        OutcomeStore instanceB() {
            return b;
        }
    }

    abstract static class Contract {

        private final String key = "source/" + UUID.randomUUID();

        abstract OutcomeStore instanceA();

        abstract OutcomeStore instanceB();

        @Test
        void theFirstDeliveryClaimsAndTheSecondWaitsForIt() {
            assertEquals(new Claimed(), instanceA().claim(key, "hash-1", LEASE));

            assertEquals(new InFlight(), instanceB().claim(key, "hash-1", LEASE));
        }

        @Test
        void aDuplicateOfACompletedEventGetsTheStoredOutcome() {
            instanceA().claim(key, "hash-1", LEASE);
            instanceA().complete(key, "hash-1", OUTCOME, RETENTION);

            assertEquals(new Completed(OUTCOME), instanceB().claim(key, "hash-1", LEASE));
            assertEquals(new Completed(OUTCOME), instanceB().claim(key, "hash-1", LEASE));
        }

        @Test
        void anotherPayloadUnderTheSameKeyConflictsInFlightAndCompleted() {
            instanceA().claim(key, "hash-1", LEASE);
            assertEquals(new Conflict(), instanceB().claim(key, "hash-2", LEASE));

            instanceA().complete(key, "hash-1", OUTCOME, RETENTION);
            assertEquals(new Conflict(), instanceB().claim(key, "hash-2", LEASE));
        }

        @Test
        void aClaimLapsesAfterItsLease() throws InterruptedException {
            instanceA().claim(key, "hash-1", Duration.ofMillis(100));
            Thread.sleep(150);

            assertEquals(new Claimed(), instanceB().claim(key, "hash-1", LEASE));
        }

        @Test
        void anOutcomeIsForgottenAfterItsRetention() throws InterruptedException {
            instanceA().claim(key, "hash-1", LEASE);
            instanceA().complete(key, "hash-1", OUTCOME, Duration.ofMillis(100));
            Thread.sleep(150);

            assertEquals(new Claimed(), instanceB().claim(key, "hash-2", LEASE));
        }

        @Test
        void anAbandonedClaimLetsTheRedeliveryThrough() {
            instanceA().claim(key, "hash-1", LEASE);
            instanceA().abandon(key, "hash-1");

            assertEquals(new Claimed(), instanceB().claim(key, "hash-1", LEASE));
        }

        @Test
        void abandonLeavesOtherPayloadsAndCompletedOutcomesAlone() {
            instanceA().claim(key, "hash-1", LEASE);
            instanceB().abandon(key, "hash-2");
            assertEquals(new InFlight(), instanceB().claim(key, "hash-1", LEASE));

            instanceA().complete(key, "hash-1", OUTCOME, RETENTION);
            instanceB().abandon(key, "hash-1");
            assertEquals(new Completed(OUTCOME), instanceB().claim(key, "hash-1", LEASE));
        }

        @Test
        void aLateCompletionDoesNotOverwriteTheNextClaimOfAnotherPayload() throws InterruptedException {
            instanceA().claim(key, "hash-1", Duration.ofMillis(50));
            Thread.sleep(100);
            instanceB().claim(key, "hash-2", LEASE);

            instanceA().complete(key, "hash-1", OUTCOME, RETENTION);

            assertEquals(new InFlight(), instanceB().claim(key, "hash-2", LEASE));
        }
    }
}
