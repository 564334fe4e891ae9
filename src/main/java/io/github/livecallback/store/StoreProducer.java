package io.github.livecallback.store;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.github.livecallback.config.StoreConfig;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.redis.client.Redis;

/**
 * Chooses the stores once, at start: Redis when the Quarkus Redis client is configured ({@code quarkus.redis.hosts}),
 * this instance's memory otherwise. The client decides whether it is configured (it also counts a hosts provider and
 * {@code quarkus.redis.active}); without hosts it is inactive and nothing of it is created.
 */
@Singleton
public class StoreProducer {

    private static final Logger LOG = Logger.getLogger(StoreProducer.class);

    private final StoreConfig config;
    private final boolean shared;
    private final InjectableInstance<Redis> redisClient;
    /** One for the three stores, so that the switch to memory and back is logged once. */
    private final LocalFallback fallback = new LocalFallback();

    /**
     * The client is looked up, never injected: a plain injection point of an inactive client fails the start of the
     * function.
     */
    StoreProducer(StoreConfig config, InjectableInstance<Redis> redisClient) {
        this.config = config;
        this.shared = redisClient.isResolvable() && redisClient.getHandle().getBean().isActive();
        this.redisClient = redisClient;
    }

    private RedisConnection redis() {
        return new RedisConnection(redisClient.get(), config.commandTimeout());
    }

    /** The connection to the shared Redis, when the stores are on Redis. */
    Optional<RedisConnection> sharedConnection() {
        return shared ? Optional.of(redis()) : Optional.empty();
    }

    void announce(@Observes StartupEvent start) {
        if (shared) {
            LOG.infof("Store: Redis (quarkus.redis.hosts), shared by every instance of the function; when Redis fails:"
                    + " %s (live-callback.store.on-failure)", config.onFailure() == StoreConfig.OnFailure.LOCAL
                            ? "this instance's memory" : "invocations refused with 503");
        } else {
            LOG.info("Store: this instance's memory (quarkus.redis.hosts not set): one instance, state lost on restart");
        }
    }

    @Produces
    @Singleton
    QuotaStore quotaStore() {
        if (!shared) {
            return new MemoryQuotaStore();
        }
        QuotaStore onRedis = new RedisQuotaStore(redis());
        return fallsBackLocally() ? new LocalFallback.Quota(onRedis, new MemoryQuotaStore(), fallback) : onRedis;
    }

    @Produces
    @Singleton
    OutcomeStore outcomeStore() {
        if (!shared) {
            return new MemoryOutcomeStore();
        }
        OutcomeStore onRedis = new RedisOutcomeStore(redis());
        return fallsBackLocally() ? new LocalFallback.Outcomes(onRedis, new MemoryOutcomeStore(), fallback) : onRedis;
    }

    @Produces
    @Singleton
    ChangeOrder changeOrder() {
        if (!shared) {
            return new MemoryChangeOrder(config.changeRetention());
        }
        ChangeOrder onRedis = new RedisChangeOrder(redis(), config.changeRetention());
        return fallsBackLocally()
                ? new LocalFallback.Changes(onRedis, new MemoryChangeOrder(config.changeRetention()), fallback)
                : onRedis;
    }

    private boolean fallsBackLocally() {
        return config.onFailure() == StoreConfig.OnFailure.LOCAL;
    }
}
