package io.github.livecallback.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.vertx.mutiny.redis.client.Response;

/**
 * Change times and scope locks on Redis. A scope's change times are one hash, so that the keys a change overlaps are
 * read together: field the (App, MessageType), value {@code "<change time> <expiry>"} in microseconds, the expiry in
 * the server's clock (Redis 6 cannot expire a single field). A lock is a key holding its owner's random token.
 */
public final class RedisChangeOrder implements ChangeOrder {

    private static final String ENTRY_FORMAT = LuaScript.INTEGER_TO_STRING + LuaScript.SERVER_MICROS + """
            local function parse(value)
              local change, expires = string.match(value, '^(%-?%d+) (%d+)$')
              return tonumber(change), tonumber(expires)
            end
            """;

    /** Returns 0 with the lock taken, or the milliseconds left of the holder's lease. */
    private static final LuaScript LOCK = LuaScript.of("scope lock", """
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              return 0
            end
            return math.max(1, redis.call('PTTL', KEYS[1]))
            """);

    private static final LuaScript UNLOCK = LuaScript.of("scope unlock", """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """);

    /** Returns the live entries as field, change time, field, change time, ... */
    private static final LuaScript LIVE_CHANGES = LuaScript.of("change times read", ENTRY_FORMAT + """
            local now = server_micros()
            local entries = redis.call('HGETALL', KEYS[1])
            local live = {}
            for i = 1, #entries, 2 do
              local change, expires = parse(entries[i + 1])
              if expires > now then
                live[#live + 1] = entries[i]
                live[#live + 1] = int(change)
              end
            end
            return live
            """);

    /** Keeps the newest time of the exact key, and drops the scope's expired entries while at it. */
    private static final LuaScript RECORD = LuaScript.of("change time record", ENTRY_FORMAT + """
            local now = server_micros()
            local newest = tonumber(ARGV[2])
            local entries = redis.call('HGETALL', KEYS[1])
            for i = 1, #entries, 2 do
              local change, expires = parse(entries[i + 1])
              if expires <= now then
                redis.call('HDEL', KEYS[1], entries[i])
              elseif entries[i] == ARGV[1] and change > newest then
                newest = change
              end
            end
            redis.call('HSET', KEYS[1], ARGV[1], int(newest) .. ' ' .. int(now + tonumber(ARGV[3])))
            redis.call('PEXPIRE', KEYS[1], int(math.ceil(tonumber(ARGV[3]) / 1000)))
            return 1
            """);

    private final RedisConnection redis;
    private final Duration retention;
    /** Notified when this instance unlocks a scope, so that its own waiters need not wait for the poll. */
    private final Object localUnlocks = new Object();
    /**
     * Per scope, only the first waiter of this instance polls Redis; the others queue behind it, in order. As with
     * the quota, a waiter each polling on its own would keep Redis and the client's pool busy for nothing.
     */
    private final Map<String, ReentrantLock> askingRedis = new ConcurrentHashMap<>();

    public RedisChangeOrder(RedisConnection redis, Duration retention) {
        this.redis = redis;
        this.retention = retention;
    }

    @Override
    public Optional<ScopeLock> lock(String scope, Instant deadline) throws InterruptedException {
        ReentrantLock turn = askingRedis.computeIfAbsent(scope, ignored -> new ReentrantLock(true));
        if (!turn.tryLock(Math.max(0, Duration.between(Instant.now(), deadline).toNanos()), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        try {
            return lockInTurn(scope, deadline);
        } finally {
            turn.unlock();
        }
    }

    private Optional<ScopeLock> lockInTurn(String scope, Instant deadline) throws InterruptedException {
        String key = RedisConnection.PREFIX + "lock:" + scope;
        String token = UUID.randomUUID().toString();
        while (true) {
            Duration untilDeadline = Duration.between(Instant.now(), deadline);
            long leaseMillis = Math.max(0, untilDeadline.toMillis()) + LEASE_MARGIN.toMillis();
            long untilFreeMillis = redis.run(LOCK, List.of(key), List.of(token, Long.toString(leaseMillis))).toLong();
            if (untilFreeMillis == 0) {
                return Optional.of(() -> unlock(key, token));
            }
            if (untilDeadline.isNegative() || untilDeadline.isZero()) {
                return Optional.empty();
            }
            long waitNanos = Math.max(1, Math.min(Math.min(untilFreeMillis * 1_000_000,
                    RedisQuotaStore.POLL_INTERVAL.toNanos()), untilDeadline.toNanos()));
            synchronized (localUnlocks) {
                localUnlocks.wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            }
        }
    }

    private void unlock(String key, String token) {
        redis.run(UNLOCK, List.of(key), List.of(token));
        synchronized (localUnlocks) {
            localUnlocks.notifyAll();
        }
    }

    @Override
    public Optional<Instant> newerChange(ChangeKey key, Instant time) {
        Response live = redis.run(LIVE_CHANGES, List.of(changesKey(key.scope())), List.of());
        long after = Micros.of(time);
        long newest = Long.MIN_VALUE;
        for (int i = 0; i < live.size(); i += 2) {
            long change = Long.parseLong(live.get(i + 1).toString());
            if (change > after && change > newest && fromField(key.scope(), live.get(i).toString()).overlaps(key)) {
                newest = change;
            }
        }
        return newest == Long.MIN_VALUE ? Optional.empty() : Optional.of(Micros.toInstant(newest));
    }

    @Override
    public void record(ChangeKey key, Instant time) {
        redis.run(RECORD, List.of(changesKey(key.scope())), List.of(field(key),
                Long.toString(Micros.of(time)), Long.toString(Micros.of(retention))));
    }

    private static String changesKey(String scope) {
        return RedisConnection.PREFIX + "changes:" + scope;
    }

    /** Length-prefixed parts, so that no App or MessageType, whatever its characters, can pass for another. */
    static String field(ChangeKey key) {
        return part(key.app()) + part(key.messageType());
    }

    private static String part(String value) {
        return value == null ? "*" : value.length() + ":" + value;
    }

    static ChangeKey fromField(String scope, String field) {
        int[] position = {0};
        String app = readPart(field, position);
        String messageType = readPart(field, position);
        return new ChangeKey(scope, app, messageType);
    }

    private static String readPart(String field, int[] position) {
        int start = position[0];
        if (field.charAt(start) == '*') {
            position[0] = start + 1;
            return null;
        }
        int colon = field.indexOf(':', start);
        int end = colon + 1 + Integer.parseInt(field.substring(start, colon));
        position[0] = end;
        return field.substring(colon + 1, end);
    }
}
