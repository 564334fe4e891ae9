package io.github.livecallback.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import io.github.livecallback.store.RedisConnection;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import redis.embedded.RedisServer;
import redis.embedded.core.RedisServerBuilder;

/**
 * A real redis-server (6.2, from embedded-redis) on a free loopback port, which a test may stop and start again on
 * the same port to see the store fail and recover. It keeps nothing on disk, so a restart starts empty, as a
 * managed Redis that lost its memory would.
 */
public final class TestRedis implements AutoCloseable {

    private final int port;
    private final String password;
    private final RedisServer server;
    private Vertx vertx;

    private TestRedis(int port, String password) {
        this.port = port;
        this.password = password;
        try {
            RedisServerBuilder builder = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no");
            if (password != null) {
                builder.setting("requirepass " + password);
            }
            this.server = builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server on a free port, running. */
    public static TestRedis started() {
        TestRedis redis = stopped();
        redis.start();
        return redis;
    }

    /** A server with its port chosen but not listening yet: Redis configured but down. */
    public static TestRedis stopped() {
        return stopped(null);
    }

    /**
     * A server, not listening yet, that asks clients for this password (none: {@code null}); its {@link #url()}
     * carries it, as a platform's {@code QUARKUS_REDIS_HOSTS} often does.
     */
    public static TestRedis stopped(String password) {
        try (ServerSocket probe = new ServerSocket(0)) {
            return new TestRedis(probe.getLocalPort(), password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void start() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL to connect with, with the password if the server has one. */
    public String url() {
        return "redis://" + (password == null ? "" : ":" + password + "@") + "127.0.0.1:" + port;
    }

    /**
     * A connection of its own, as another instance of the function would have. Connections live until
     * {@link #close()}.
     */
    public RedisConnection newConnection(Duration commandTimeout) {
        return newConnection(url(), commandTimeout);
    }

    /** A connection to this server through another URL, e.g. one that carries credentials. */
    public synchronized RedisConnection newConnection(String url, Duration commandTimeout) {
        if (vertx == null) {
            vertx = Vertx.vertx();
        }
        return new RedisConnection(Redis.createClient(vertx, url), commandTimeout);
    }

    @Override
    public synchronized void close() {
        if (vertx != null) {
            // Closing Vert.x closes every client created on it.
            vertx.closeAndAwait();
        }
        if (server.isActive()) {
            stop();
        }
    }
}
