package io.github.livecallback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One contract for both change orders: an older event never undoes a newer change of an overlapping key. */
class ChangeOrderTest extends StoreContract<ChangeOrder> {

    private static final Duration RETENTION = Duration.ofDays(7);
    private static final Instant T10 = Instant.parse("2026-12-01T23:57:10.123456Z");
    private static final Instant T20 = T10.plusSeconds(10);
    private static final Instant T30 = T10.plusSeconds(20);

    @Override
    ChangeOrder inMemory() {
        return new MemoryChangeOrder(RETENTION);
    }

    @Override
    ChangeOrder onRedis(RedisConnection connection) {
        return new RedisChangeOrder(connection, RETENTION);
    }

    @Nested
    class InMemory extends Contract implements SharedMemory {
    }

    @Nested
    class OnRedis extends Contract implements TwoConnections {
    }

    abstract class Contract extends TwoInstances {

        private final String scope = "vhost:" + UUID.randomUUID() + ".example.com";

        private final ChangeOrder a = instanceA();
        private final ChangeOrder b = instanceB();

        /** Two instances whose records are kept for {@code retention}. */
        private ChangeOrder[] twoInstances(Duration retention) {
            return twoInstances(() -> new MemoryChangeOrder(retention),
                    connection -> new RedisChangeOrder(connection, retention)).toArray(new ChangeOrder[0]);
        }

        private ChangeKey key(String app, String messageType) {
            return new ChangeKey(scope, app, messageType);
        }

        @Test
        void anOlderChangeOfTheSameKeyFindsTheNewerOne() {
            a.record(key("live", "push"), T20);

            assertEquals(Optional.of(T20), b.newerChange(key("live", "push"), T10));
            assertEquals(Optional.empty(), b.newerChange(key("live", "push"), T20), "not strictly newer");
            assertEquals(Optional.empty(), b.newerChange(key("live", "push"), T30));
        }

        @Test
        void keysOverlapWhenAllAppsOrAllTypesIncludeTheOther() {
            a.record(key("live", "push"), T20);

            assertEquals(Optional.of(T20), b.newerChange(key("live", null), T10), "delete of the App");
            assertEquals(Optional.of(T20), b.newerChange(key(null, null), T10), "delete of the Vhost");
            assertEquals(Optional.of(T20), b.newerChange(key(null, "push"), T10));
            assertEquals(Optional.empty(), b.newerChange(key("live", "push_end"), T10), "another MessageType");
            assertEquals(Optional.empty(), b.newerChange(key("edu", "push"), T10), "another App");
            assertEquals(Optional.empty(), b.newerChange(key("edu", null), T10), "another App, all types");
            assertEquals(Optional.empty(), b.newerChange(new ChangeKey("domain:" + scope, "live", "push"), T10),
                    "another scope");
        }

        @Test
        void aDeleteOfTheWholeVhostCoversEveryAppUnderIt() {
            a.record(key(null, null), T20);

            assertEquals(Optional.of(T20), b.newerChange(key("live", "push"), T10));
            assertEquals(Optional.of(T20), b.newerChange(key("edu", "record"), T10));
            assertEquals(Optional.of(T20), b.newerChange(key("edu", null), T10));
            assertEquals(Optional.empty(), b.newerChange(key("edu", "record"), T30));
        }

        @Test
        void theNewestOfTheOverlappingKeysIsNamed() {
            a.record(key("live", "push"), T10);
            a.record(key("live", null), T30);
            a.record(key("edu", "push"), T30.plusSeconds(60));

            assertEquals(Optional.of(T30), b.newerChange(key("live", "push"), T10.minusSeconds(1)));
        }

        @Test
        void recordingAnOlderTimeKeepsTheNewer() {
            a.record(key("live", "push"), T30);
            b.record(key("live", "push"), T10);

            assertEquals(Optional.of(T30), a.newerChange(key("live", "push"), T20));
        }

        @Test
        void timesAreKeptToTheMicrosecond() {
            Instant recorded = T10.plusNanos(1_000);
            a.record(key("live", "push"), recorded.plusNanos(999));

            assertEquals(Optional.of(recorded), b.newerChange(key("live", "push"), T10));
            assertEquals(Optional.empty(), b.newerChange(key("live", "push"), recorded));
        }

        @Test
        void namesOfAppsCannotPassForOthers() {
            a.record(key("a:1", "b"), T20);

            assertEquals(Optional.empty(), b.newerChange(key("a", "1b"), T10));
            assertEquals(Optional.empty(), b.newerChange(key("*", "b"), T10));
            assertEquals(Optional.of(T20), b.newerChange(key("a:1", "b"), T10));
        }

        @Test
        void recordsAreForgottenAfterTheirRetention() throws InterruptedException {
            ChangeOrder[] shortLived = twoInstances(Duration.ofMillis(100));
            shortLived[0].record(key("live", "push"), T20);
            Thread.sleep(150);

            assertEquals(Optional.empty(), shortLived[1].newerChange(key("live", "push"), T10));
        }

        @Test
        void oneInstanceAtATimeChangesAScope() throws Exception {
            ScopeLock held = a.lock(scope, Instant.now().plusSeconds(5)).orElseThrow();
            long start = System.nanoTime();

            assertFalse(b.lock(scope, Instant.now().plusMillis(100)).isPresent());
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(95));
            try (ScopeLock other = b.lock("domain:" + scope, Instant.now()).orElseThrow()) {
                // Other scopes are not held up.
            }

            CompletableFuture<Long> next = CompletableFuture.supplyAsync(() -> {
                try (ScopeLock taken = b.lock(scope, Instant.now().plusSeconds(5)).orElseThrow()) {
                    return System.nanoTime();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(100);
            long released = System.nanoTime();
            held.close();

            long handedOverMillis = (next.get(5, TimeUnit.SECONDS) - released) / 1_000_000;
            assertTrue(handedOverMillis >= 0 && handedOverMillis <= 250, "handed over after " + handedOverMillis + " ms");
        }

        @Test
        void aLockNeverReleasedLapsesAfterItsDeadline() throws Exception {
            long start = System.nanoTime();
            // Its instance crashed right after taking it.
            assertTrue(a.lock(scope, Instant.now()).isPresent());

            assertTrue(b.lock(scope, Instant.now().plusSeconds(5)).isPresent());
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waitedMillis >= ChangeOrder.LEASE_MARGIN.toMillis() - 5
                    && waitedMillis <= ChangeOrder.LEASE_MARGIN.toMillis() + 250, "lapsed after " + waitedMillis);
        }

        @Test
        void closingALockThatLapsedAndWasRetakenLeavesTheNewHolderAlone() throws Exception {
            ScopeLock lapsed = a.lock(scope, Instant.now()).orElseThrow();
            b.lock(scope, Instant.now().plusSeconds(5)).orElseThrow();

            lapsed.close();

            assertFalse(a.lock(scope, Instant.now()).isPresent());
        }
    }
}
