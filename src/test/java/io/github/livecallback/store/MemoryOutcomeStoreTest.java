package io.github.livecallback.store;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class MemoryOutcomeStoreTest {

    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration RETENTION = Duration.ofHours(24);

    @Test
    void theOldestOutcomesMakeRoomWhenTheStoreIsFull() {
        MemoryOutcomeStore store = new MemoryOutcomeStore();
        for (int i = 0; i <= MemoryOutcomeStore.MAX_ENTRIES; i++) {
            store.claim("event-" + i, "hash", LEASE);
            store.complete("event-" + i, "hash", "outcome", RETENTION);
        }

        assertInstanceOf(OutcomeStore.Claimed.class, store.claim("event-0", "hash", LEASE),
                "the oldest was forgotten");
        assertInstanceOf(OutcomeStore.Completed.class, store.claim("event-" + MemoryOutcomeStore.MAX_ENTRIES, "hash",
                LEASE), "the newest is kept");
    }
}
