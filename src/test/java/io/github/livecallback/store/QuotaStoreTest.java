package io.github.livecallback.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One contract for both quotas: what AccountQuota promised on one instance, now across instances. */
class QuotaStoreTest extends StoreContract<QuotaStore> {

    private static final Duration WINDOW = Duration.ofMillis(200);
    /** The window as the stores count it. */
    private static final long WINDOW_MILLIS = WINDOW.plus(QuotaStore.CLOCK_MARGIN).toMillis();
    /** How late a waiter may notice a free place: Redis waiters poll, and schedulers are slow on a busy machine. */
    private static final long LATENESS_MILLIS = RedisQuotaStore.POLL_INTERVAL.toMillis() + 150;

    @Override
    QuotaStore inMemory() {
        return new MemoryQuotaStore();
    }

    @Override
    QuotaStore onRedis(RedisConnection connection) {
        return new RedisQuotaStore(connection);
    }

    @Nested
    class InMemory extends Contract implements SharedMemory {
    }

    @Nested
    class OnRedis extends Contract implements TwoConnections {
    }

    abstract class Contract extends TwoInstances {

        /** Each test has its own account, so that places of one test never count in another. */
        private final String account = "AKLT" + UUID.randomUUID();

        private static Instant in(long millis) {
            return Instant.now().plusMillis(millis);
        }

        private static long millisSince(long startNanos) {
            return (System.nanoTime() - startNanos) / 1_000_000;
        }

        @Test
        void theLimitCountsThePlacesOfEveryInstance() throws Exception {
            assertTrue(instanceA().acquire(account, 3, WINDOW, in(5_000)).isPresent());
            assertTrue(instanceB().acquire(account, 3, WINDOW, in(5_000)).isPresent());
            assertTrue(instanceA().acquire(account, 3, WINDOW, in(5_000)).isPresent());

            assertFalse(instanceB().acquire(account, 3, WINDOW, Instant.now()).isPresent());
            assertFalse(instanceA().acquire(account, 3, WINDOW, Instant.now()).isPresent());
        }

        @Test
        void accountsDoNotShareAQuota() throws Exception {
            assertTrue(instanceA().acquire(account, 1, WINDOW, in(5_000)).isPresent());

            assertTrue(instanceB().acquire(account + "-other", 1, WINDOW, Instant.now()).isPresent());
        }

        @Test
        void aPlaceIsFreedOneWindowAfterItsAnswer() throws Exception {
            QuotaPlace first = instanceA().acquire(account, 1, WINDOW, in(5_000)).orElseThrow();
            long released = System.nanoTime();
            first.release();

            Optional<QuotaPlace> next = instanceB().acquire(account, 1, WINDOW, in(5_000));

            long waited = millisSince(released);
            assertTrue(next.isPresent());
            assertTrue(waited >= WINDOW_MILLIS - 1, "the next request left " + waited + " ms after the answer");
            assertTrue(waited <= WINDOW_MILLIS + LATENESS_MILLIS, "the free place was noticed after " + waited + " ms");
        }

        @Test
        void aWaiterGivesUpAtItsDeadline() throws Exception {
            assertTrue(instanceA().acquire(account, 1, WINDOW, in(5_000)).isPresent());
            long start = System.nanoTime();

            Optional<QuotaPlace> place = instanceB().acquire(account, 1, WINDOW, in(150));

            long waited = millisSince(start);
            assertFalse(place.isPresent());
            assertTrue(waited >= 140 && waited <= 150 + LATENESS_MILLIS, "gave up after " + waited + " ms");
        }

        @Test
        void aPlaceNeverAnsweredIsFreedOneWindowAfterItsDeadline() throws Exception {
            long start = System.nanoTime();
            // Its instance crashed: nobody will release it.
            assertTrue(instanceA().acquire(account, 1, WINDOW, in(100)).isPresent());

            Optional<QuotaPlace> next = instanceB().acquire(account, 1, WINDOW, in(5_000));

            long waited = millisSince(start);
            assertTrue(next.isPresent());
            assertTrue(waited >= 100 + WINDOW_MILLIS - 15, "the lost place was freed after " + waited + " ms");
            assertTrue(waited <= 100 + WINDOW_MILLIS + LATENESS_MILLIS, "freed only after " + waited + " ms");
        }

        @Test
        void releasingTwiceHoldsThePlaceOnlyOnce() throws Exception {
            QuotaPlace place = instanceA().acquire(account, 2, WINDOW, in(5_000)).orElseThrow();
            place.release();
            place.release();

            assertTrue(instanceB().acquire(account, 2, WINDOW, Instant.now()).isPresent());
        }

        /**
         * Every place is held from its acquisition until one window after its release; the intervals measured here
         * lie within the true ones (acquisition noted after it returned, release noted before it was called), so more
         * than {@code limit} of them covering one moment would be a real overrun.
         */
        @Test
        void concurrentRequestsOnTwoInstancesNeverHoldMoreThanTheLimit() throws Exception {
            int limit = 2;
            Duration window = Duration.ofMillis(100);
            List<Callable<long[]>> requests = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                QuotaStore instance = i % 2 == 0 ? instanceA() : instanceB();
                requests.add(() -> {
                    QuotaPlace place = instance.acquire(account, limit, window, in(10_000)).orElseThrow();
                    long acquired = System.nanoTime();
                    Thread.sleep(5);
                    long answered = System.nanoTime();
                    place.release();
                    return new long[] {acquired, answered + window.toNanos()};
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(requests.size());
            List<long[]> held = new ArrayList<>();
            try {
                for (Future<long[]> request : pool.invokeAll(requests)) {
                    held.add(request.get());
                }
            } finally {
                pool.shutdownNow();
            }

            for (long[] place : held) {
                long moment = place[0];
                long holding = held.stream().filter(other -> other[0] <= moment && moment < other[1]).count();
                assertTrue(holding <= limit, holding + " places held at once");
            }
            assertEquals(12, held.size());
        }
    }
}
