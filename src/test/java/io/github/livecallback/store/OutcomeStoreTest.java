package io.github.livecallback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.github.livecallback.store.OutcomeStore.Claimed;
import io.github.livecallback.store.OutcomeStore.Completed;
import io.github.livecallback.store.OutcomeStore.Conflict;
import io.github.livecallback.store.OutcomeStore.InFlight;

/** One contract for both outcome stores: a duplicate is answered with what the first delivery got, once. */
class OutcomeStoreTest extends StoreContract<OutcomeStore> {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration RETENTION = Duration.ofHours(24);
    private static final String OUTCOME = "{\"ResponseMetadata\":{\"RequestId\":\"58F4\"},\"Note\":\"直播 ✓\"}";

    @Override
    OutcomeStore inMemory() {
        return new MemoryOutcomeStore();
    }

    @Override
    OutcomeStore onRedis(RedisConnection connection) {
        return new RedisOutcomeStore(connection);
    }

    @Nested
    class InMemory extends Contract implements SharedMemory {
    }

    @Nested
    class OnRedis extends Contract implements TwoConnections {
    }

    abstract class Contract extends TwoInstances {

        private final String key = "source/" + UUID.randomUUID();

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
