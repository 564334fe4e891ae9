package io.github.livecallback.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * {@code live-callback.store.on-failure=local}: the Redis stores while Redis answers, this instance's memory while it
 * does not. The operator chose a per-instance quota and order over refusing invocations. The switch each way is
 * logged once, not every failed call.
 */
final class LocalFallback {

    private static final Logger LOG = Logger.getLogger(LocalFallback.class);

    private final AtomicBoolean onLocal = new AtomicBoolean();

    @FunctionalInterface
    interface Call<T> {
        T run() throws InterruptedException;
    }

    <T> T call(Call<T> shared, Call<T> local) throws InterruptedException {
        T result;
        try {
            result = shared.run();
        } catch (StoreUnavailable e) {
            if (onLocal.compareAndSet(false, true)) {
                LOG.warnf("%s; using this instance's memory until Redis answers again (live-callback.store.on-failure"
                        + "=local): quota, duplicates and change order are per instance meanwhile", e.getMessage());
            }
            return local.run();
        }
        if (onLocal.compareAndSet(true, false)) {
            LOG.info("Redis store answers again; quota, duplicates and change order are shared again");
        }
        return result;
    }

    <T> T callUninterrupted(Supplier<T> shared, Supplier<T> local) {
        try {
            return call(shared::get, local::get);
        } catch (InterruptedException e) {
            throw new IllegalStateException("a call without waits was interrupted", e);
        }
    }

    void run(Runnable shared, Runnable local) {
        callUninterrupted(() -> {
            shared.run();
            return null;
        }, () -> {
            local.run();
            return null;
        });
    }

    /** A place or lock taken on Redis that cannot be given back lapses there with its lease: nothing to do. */
    private static final Runnable LAPSES_BY_ITSELF = () -> {
    };

    /** A store of the shared kind that answers from the local one while the shared one does not. */
    private abstract static class SharedElseLocal<S> {

        final S shared;
        final S local;
        final LocalFallback fallback;

        SharedElseLocal(S shared, S local, LocalFallback fallback) {
            this.shared = shared;
            this.local = local;
            this.fallback = fallback;
        }

        /** The same call on the shared store, else on the local one. */
        final <T> T ask(Function<S, T> call) {
            return fallback.callUninterrupted(() -> call.apply(shared), () -> call.apply(local));
        }

        final void tell(Consumer<S> call) {
            fallback.run(() -> call.accept(shared), () -> call.accept(local));
        }
    }

    static final class Quota extends SharedElseLocal<QuotaStore> implements QuotaStore {

        Quota(QuotaStore shared, QuotaStore local, LocalFallback fallback) {
            super(shared, local, fallback);
        }

        @Override
        public Optional<QuotaPlace> acquire(String accessKeyId, int limit, Duration window, Instant deadline)
                throws InterruptedException {
            return fallback.call(
                    () -> shared.acquire(accessKeyId, limit, window, deadline).map(place -> releasedOrLapsing(place)),
                    () -> local.acquire(accessKeyId, limit, window, deadline));
        }

        private QuotaPlace releasedOrLapsing(QuotaPlace place) {
            return () -> fallback.run(place::release, LAPSES_BY_ITSELF);
        }
    }

    static final class Outcomes extends SharedElseLocal<OutcomeStore> implements OutcomeStore {

        Outcomes(OutcomeStore shared, OutcomeStore local, LocalFallback fallback) {
            super(shared, local, fallback);
        }

        @Override
        public Claim claim(String idempotencyKey, String payloadHash, Duration inFlightLease) {
            return ask(store -> store.claim(idempotencyKey, payloadHash, inFlightLease));
        }

        @Override
        public void complete(String idempotencyKey, String payloadHash, String outcome, Duration retention) {
            tell(store -> store.complete(idempotencyKey, payloadHash, outcome, retention));
        }

        @Override
        public void abandon(String idempotencyKey, String payloadHash) {
            tell(store -> store.abandon(idempotencyKey, payloadHash));
        }
    }

    static final class Changes extends SharedElseLocal<ChangeOrder> implements ChangeOrder {

        Changes(ChangeOrder shared, ChangeOrder local, LocalFallback fallback) {
            super(shared, local, fallback);
        }

        @Override
        public Optional<ScopeLock> lock(String scope, Instant deadline) throws InterruptedException {
            return fallback.call(() -> shared.lock(scope, deadline).map(lock -> unlockedOrLapsing(lock)),
                    () -> local.lock(scope, deadline));
        }

        private ScopeLock unlockedOrLapsing(ScopeLock lock) {
            return () -> fallback.run(lock::close, LAPSES_BY_ITSELF);
        }

        @Override
        public Optional<Instant> newerChange(ChangeKey key, Instant time) {
            return ask(store -> store.newerChange(key, time));
        }

        @Override
        public void record(ChangeKey key, Instant time) {
            tell(store -> store.record(key, time));
        }
    }
}
