package io.github.livecallback.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The shared store of quota places, outcomes and change times. It is Redis when {@code quarkus.redis.hosts} is set
 * ({@code QUARKUS_REDIS_HOSTS=redis://...}, password and TLS as the Quarkus Redis client takes them), otherwise
 * this instance's memory. Environment variables: the property name in upper case with {@code _} for {@code .} and
 * {@code -}, e.g. {@code LIVE_CALLBACK_STORE_ON_FAILURE}.
 */
@ConfigMapping(prefix = "live-callback.store")
public interface StoreConfig {

    /**
     * Longest wait for one Redis command; past it the store counts as unavailable. Short, because the caller is
     * holding an invocation that a bus will deliver again anyway.
     */
    @WithDefault("1s")
    Duration commandTimeout();

    /** How long the final outcome of an event is kept, so that a duplicate of it is answered without a call. */
    @WithDefault("24h")
    Duration outcomeRetention();

    /** How long the time of the newest change of a configuration key is kept, so that older events are skipped. */
    @WithDefault("7d")
    Duration changeRetention();

    /** What happens when Redis fails: see {@link OnFailure}. */
    @WithDefault("refuse")
    OnFailure onFailure();

    enum OnFailure {
        /** Refuse the invocation (503, the bus delivers again) rather than risk an over-quota or stale call. */
        REFUSE,
        /** Carry on with this instance's memory until Redis answers again: the quota is then per instance. */
        LOCAL
    }
}
