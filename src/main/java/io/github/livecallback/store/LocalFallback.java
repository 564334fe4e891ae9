package io.github.livecallback.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
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

    static final class Quota implements QuotaStore {

        private final QuotaStore shared;
        private final QuotaStore local;
        private final LocalFallback fallback;

        Quota(QuotaStore shared, QuotaStore local, LocalFallback fallback) {
            this.shared = shared;
            this.local = local;
            this.fallback = fallback;
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

    static final class Outcomes implements OutcomeStore {

        private final OutcomeStore shared;
        private final OutcomeStore local;
        private final LocalFallback fallback;

        Outcomes(OutcomeStore shared, OutcomeStore local, LocalFallback fallback) {
            this.shared = shared;
            this.local = local;
            this.fallback = fallback;
        }

        @Override
        public Claim claim(String idempotencyKey, String payloadHash, Duration inFlightLease) {
            return fallback.callUninterrupted(() -> shared.claim(idempotencyKey, payloadHash, inFlightLease),
                    () -> local.claim(idempotencyKey, payloadHash, inFlightLease));
        }

        @Override
        public void complete(String idempotencyKey, String payloadHash, String outcome, Duration retention) {
            fallback.run(() -> shared.complete(idempotencyKey, payloadHash, outcome, retention),
                    () -> local.complete(idempotencyKey, payloadHash, outcome, retention));
        }

        @Override
        public void abandon(String idempotencyKey, String payloadHash) {
            fallback.run(() -> shared.abandon(idempotencyKey, payloadHash),
                    () -> local.abandon(idempotencyKey, payloadHash));
        }
    }

    static final class Changes implements ChangeOrder {

        private final ChangeOrder shared;
        private final ChangeOrder local;
        private final LocalFallback fallback;

        Changes(ChangeOrder shared, ChangeOrder local, LocalFallback fallback) {
            this.shared = shared;
            this.local = local;
            this.fallback = fallback;
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
            return fallback.callUninterrupted(() -> shared.newerChange(key, time), () -> local.newerChange(key, time));
        }

        @Override
        public void record(ChangeKey key, Instant time) {
            fallback.run(() -> shared.record(key, time), () -> local.record(key, time));
        }
    }
}
