package io.github.livecallback.store;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Without quarkus.redis.hosts the function starts with no Redis client at all and keeps its state in memory. */
@QuarkusTest
class InMemoryStoreSelectionTest {

    @Inject
    QuotaStore quota;
    @Inject
    OutcomeStore outcomes;
    @Inject
    ChangeOrder changes;

    @Test
    void everyStoreIsInMemory() {
        assertInstanceOf(MemoryQuotaStore.class, quota);
        assertInstanceOf(MemoryOutcomeStore.class, outcomes);
        assertInstanceOf(MemoryChangeOrder.class, changes);
    }
}
