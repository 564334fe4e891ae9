package io.github.livecallback.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The quota on Redis, shared by every instance. Each account is a sorted set of places scored by the moment they
 * expire, in the server's clock: one window after the deadline while in flight (so a crashed instance's places free
 * themselves), one window after the answer once released. The scripts drop expired places before they count.
 */
public final class RedisQuotaStore implements QuotaStore {

    /**
     * Longest sleep between two attempts: a place freed by another instance, or by an in-flight request answered
     * early, is not announced, so waiters look again this often.
     */
    static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private static final String PLACE_EXPIRY = LuaScript.INTEGER_TO_STRING + LuaScript.SERVER_MICROS + """
            local function keep_key_until_last_place(key, now)
              local last = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
              redis.call('PEXPIRE', key, int(math.ceil((tonumber(last[2]) - now) / 1000) + 1))
            end
            """;

    /** Returns 0 with the place taken, or the microseconds until the earliest place expires. */
    private static final LuaScript ACQUIRE = LuaScript.of("quota acquire", PLACE_EXPIRY + """
            local now = server_micros()
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', int(now))
            if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
              redis.call('ZADD', KEYS[1], int(now + tonumber(ARGV[3])), ARGV[1])
              keep_key_until_last_place(KEYS[1], now)
              return 0
            end
            local earliest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
            return math.max(1, tonumber(earliest[2]) - now)
            """);

    /**
     * Also puts back a place that had already expired in flight: its request did go out, so it counts for one more
     * window.
     */
    private static final LuaScript RELEASE = LuaScript.of("quota release", PLACE_EXPIRY + """
            local now = server_micros()
            redis.call('ZADD', KEYS[1], int(now + tonumber(ARGV[2])), ARGV[1])
            keep_key_until_last_place(KEYS[1], now)
            return 1
            """);

    private final RedisConnection redis;
    /** Notified when a place of this instance is released, so that its own waiters need not wait for the poll. */
    private final Object localReleases = new Object();
    /**
     * Only the first waiter of this instance asks Redis; the others queue behind it, in order, without a command
     * each. A burst of 50 waiters polling each on their own kept Redis and the client's pool so busy that commands
     * timed out.
     */
    private final ReentrantLock askingRedis = new ReentrantLock(true);

    public RedisQuotaStore(RedisConnection redis) {
        this.redis = redis;
    }

    @Override
    public Optional<QuotaPlace> acquire(String accessKeyId, int limit, Duration window, Instant deadline)
            throws InterruptedException {
        if (!askingRedis.tryLock(Math.max(0, Duration.between(Instant.now(), deadline).toNanos()),
                TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        try {
            return acquireInTurn(accessKeyId, limit, window, deadline);
        } finally {
            askingRedis.unlock();
        }
    }

    private Optional<QuotaPlace> acquireInTurn(String accessKeyId, int limit, Duration window, Instant deadline)
            throws InterruptedException {
        String key = RedisConnection.PREFIX + "quota:" + accessKeyId;
        String place = UUID.randomUUID().toString();
        long windowMicros = Micros.of(window.plus(CLOCK_MARGIN));
        while (true) {
            Duration untilDeadline = Duration.between(Instant.now(), deadline);
            long inFlightMicros = Math.max(0, Micros.of(untilDeadline)) + windowMicros;
            long untilRoomMicros = redis.run(ACQUIRE, List.of(key),
                    List.of(place, Integer.toString(limit), Long.toString(inFlightMicros))).toLong();
            if (untilRoomMicros == 0) {
                return Optional.of(new RedisPlace(key, place, windowMicros));
            }
            if (untilDeadline.isNegative() || untilDeadline.isZero()) {
                return Optional.empty();
            }
            long waitNanos = Math.max(1, Math.min(Math.min(untilRoomMicros * 1000, POLL_INTERVAL.toNanos()),
                    untilDeadline.toNanos()));
            synchronized (localReleases) {
                localReleases.wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            }
        }
    }

    private final class RedisPlace implements QuotaPlace {

        private final String key;
        private final String place;
        private final long windowMicros;
        private boolean released;

        private RedisPlace(String key, String place, long windowMicros) {
            this.key = key;
            this.place = place;
            this.windowMicros = windowMicros;
        }

        @Override
        public synchronized void release() {
            if (released) {
                return;
            }
            released = true;
            redis.run(RELEASE, List.of(key), List.of(place, Long.toString(windowMicros)));
            synchronized (localReleases) {
                localReleases.notifyAll();
            }
        }
    }
}
