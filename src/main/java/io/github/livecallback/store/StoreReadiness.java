package io.github.livecallback.store;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.github.livecallback.config.StoreConfig;

/**
 * Whether the shared store answers: a PING to Redis, bounded by {@code live-callback.store.command-timeout}. Not
 * ready while it does not, since invocations are then refused with 503 SharedStoreUnavailable; with
 * {@code live-callback.store.on-failure=local} the function keeps working on this instance's memory, so it stays
 * ready and says so. The reason is {@link StoreUnavailable}'s, which never carries the Redis URL or its password.
 */
@Readiness
@ApplicationScoped
public class StoreReadiness implements HealthCheck {

    static final String NAME = "shared-store";

    private final Optional<RedisConnection> redis;
    private final boolean fallsBackLocally;

    @Inject
    StoreReadiness(StoreProducer stores, StoreConfig config) {
        this(stores.sharedConnection(), config.onFailure() == StoreConfig.OnFailure.LOCAL);
    }

    StoreReadiness(Optional<RedisConnection> redis, boolean fallsBackLocally) {
        this.redis = redis;
        this.fallsBackLocally = fallsBackLocally;
    }

    @Override
    public HealthCheckResponse call() {
        if (redis.isEmpty()) {
            return HealthCheckResponse.named(NAME).up().withData("store", "memory").build();
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("store", "redis");
        try {
            redis.get().ping();
            return response.up().build();
        } catch (StoreUnavailable unavailable) {
            if (fallsBackLocally) {
                return response.up().withData("note", unavailable.getMessage() + "; this instance uses its own "
                        + "memory meanwhile (live-callback.store.on-failure=local): quota, duplicates and change "
                        + "order are per instance").build();
            }
            return response.down().withData("reason", unavailable.getMessage() + "; invocations are refused with "
                    + "503 SharedStoreUnavailable until it answers (live-callback.store.on-failure=refuse)").build();
        }
    }
}
