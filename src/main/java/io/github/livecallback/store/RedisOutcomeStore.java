package io.github.livecallback.store;

import java.time.Duration;
import java.util.List;

import io.vertx.mutiny.redis.client.Response;

/**
 * Outcomes on Redis, one hash per idempotency key: its state, the payload hash and, once completed, the outcome. The
 * key's own expiry is the in-flight lease, then the retention, so nothing outlives them.
 */
public final class RedisOutcomeStore implements OutcomeStore {

    /** Returns the claim's result and, for a completed key, its outcome. */
    private static final LuaScript CLAIM = LuaScript.of("outcome claim", """
            local state = redis.call('HGET', KEYS[1], 'state')
            if not state then
              redis.call('HSET', KEYS[1], 'state', 'in-flight', 'hash', ARGV[1])
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return {'claimed'}
            end
            if redis.call('HGET', KEYS[1], 'hash') ~= ARGV[1] then
              return {'conflict'}
            end
            if state == 'completed' then
              return {'completed', redis.call('HGET', KEYS[1], 'outcome')}
            end
            return {'in-flight'}
            """);

    private static final LuaScript COMPLETE = LuaScript.of("outcome complete", """
            local hash = redis.call('HGET', KEYS[1], 'hash')
            if hash and hash ~= ARGV[1] then
              return 0
            end
            redis.call('HSET', KEYS[1], 'state', 'completed', 'hash', ARGV[1], 'outcome', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return 1
            """);

    private static final LuaScript ABANDON = LuaScript.of("outcome abandon", """
            if redis.call('HGET', KEYS[1], 'state') == 'in-flight' and redis.call('HGET', KEYS[1], 'hash') == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """);

    private final RedisConnection redis;

    public RedisOutcomeStore(RedisConnection redis) {
        this.redis = redis;
    }

    @Override
    public Claim claim(String idempotencyKey, String payloadHash, Duration inFlightLease) {
        Response reply = redis.run(CLAIM, List.of(key(idempotencyKey)),
                List.of(payloadHash, Long.toString(Math.max(1, inFlightLease.toMillis()))));
        return switch (reply.get(0).toString()) {
            case "claimed" -> new Claimed();
            case "completed" -> new Completed(reply.get(1).toString());
            case "conflict" -> new Conflict();
            case "in-flight" -> new InFlight();
            default -> throw new StoreUnavailable("Redis store answered the outcome claim with " + reply.get(0));
        };
    }

    @Override
    public void complete(String idempotencyKey, String payloadHash, String outcome, Duration retention) {
        redis.run(COMPLETE, List.of(key(idempotencyKey)),
                List.of(payloadHash, outcome, Long.toString(Math.max(1, retention.toMillis()))));
    }

    @Override
    public void abandon(String idempotencyKey, String payloadHash) {
        redis.run(ABANDON, List.of(key(idempotencyKey)), List.of(payloadHash));
    }

    private static String key(String idempotencyKey) {
        return RedisConnection.PREFIX + "outcome:" + idempotencyKey;
    }
}
