package io.github.livecallback.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import io.github.livecallback.store.RedisConnection;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import redis.embedded.RedisServer;

/**
 * A real redis-server (6.2, from embedded-redis) on a free loopback port, which a test may stop and start again on
 * the same port to see the store fail and recover. It keeps nothing on disk, so a restart starts empty, as a
 * managed Redis that lost its memory would.
 */
public final class TestRedis implements AutoCloseable {

    private final int port;
    private final RedisServer server;
    private Vertx vertx;

    private TestRedis(int port) {
        this.port = port;
        try {
            this.server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"")
                    .setting("appendonly no").build();
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
        try (ServerSocket probe = new ServerSocket(0)) {
            return new TestRedis(probe.getLocalPort());
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

    public String url() {
        return "redis://127.0.0.1:" + port;
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
