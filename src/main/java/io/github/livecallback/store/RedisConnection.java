package io.github.livecallback.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.smallrye.mutiny.TimeoutException;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

/**
 * Runs the stores' scripts on Redis with a short timeout, and turns every way Redis can fail into
 * {@link StoreUnavailable}. The client connects on first use, so a Redis that is down at start does not stop the
 * function from starting, and reconnects by itself once Redis is back.
 */
public final class RedisConnection {

    /** Key prefix of everything the function stores, so it can share a Redis with others. */
    static final String PREFIX = "live-callback:";

    private static final Pattern CREDENTIALS_IN_URL = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://)[^/@\\s]*@");

    private final Redis redis;
    private final Duration commandTimeout;

    public RedisConnection(Redis redis, Duration commandTimeout) {
        this.redis = redis;
        this.commandTimeout = commandTimeout;
    }

    /** Runs the script with these keys and arguments and returns its reply. */
    Response run(LuaScript script, List<String> keys, List<String> args) {
        try {
            try {
                return send(evaluation(Command.EVALSHA, script.sha1(), keys, args));
            } catch (UnknownScript e) {
                return send(evaluation(Command.EVAL, script.source(), keys, args));
            }
        } catch (RuntimeException e) {
            throw unavailable(script.name(), e);
        }
    }

    /**
     * Asks Redis whether it answers (PING), within the command timeout.
     *
     * @throws StoreUnavailable when it does not, for the same reasons as any other command
     */
    public void ping() {
        try {
            send(Request.cmd(Command.PING));
        } catch (RuntimeException e) {
            throw unavailable("ping", e);
        }
    }

    private Response send(Request request) {
        try {
            return redis.send(request).await().atMost(commandTimeout);
        } catch (RuntimeException e) {
            if (redisError(e).startsWith("NOSCRIPT")) {
                throw new UnknownScript();
            }
            throw e;
        }
    }

    private static Request evaluation(Command command, String script, List<String> keys, List<String> args) {
        Request request = Request.cmd(command).arg(script).arg(keys.size());
        List<String> all = new ArrayList<>(keys);
        all.addAll(args);
        all.forEach(request::arg);
        return request;
    }

    private StoreUnavailable unavailable(String operation, RuntimeException failure) {
        String reason;
        if (failure instanceof TimeoutException) {
            reason = "no answer within " + commandTimeout.toMillis() + " ms";
        } else if (failure instanceof UnknownScript) {
            reason = "the server forgot the script it had just been sent";
        } else {
            Throwable cause = innermost(failure);
            reason = cause.getClass().getSimpleName() + ": " + withoutCredentials(String.valueOf(cause.getMessage()));
        }
        return new StoreUnavailable("Redis store unavailable for " + operation + ": " + reason);
    }

    /** An error reply of the server arrives wrapped when its type is not an unchecked exception. */
    private static String redisError(Throwable failure) {
        return String.valueOf(innermost(failure).getMessage());
    }

    private static Throwable innermost(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Connection errors may quote the connection string, and with it a password. */
    static String withoutCredentials(String message) {
        return CREDENTIALS_IN_URL.matcher(message).replaceAll("$1***@");
    }

    private static final class UnknownScript extends RuntimeException {

        UnknownScript() {
            super("NOSCRIPT", null, false, false);
        }
    }
}
