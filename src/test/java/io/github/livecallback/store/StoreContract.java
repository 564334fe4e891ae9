package io.github.livecallback.store;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.github.livecallback.testing.TestRedis;

/**
 * The harness of a store's contract test, which runs its tests twice, in memory and on Redis, against "instance A"
 * and "instance B" of the function. A subclass says how to build its store; its tests extend {@link TwoInstances},
 * and its two {@code @Nested} classes extend those tests and say where they run: {@link SharedMemory} or
 * {@link TwoConnections}. Redis is started once per test class.
 */
abstract class StoreContract<S> {

    /**
     * Generous: these tests are about what the stores answer, and a first connection in a busy JVM can take longer
     * than the production default. RedisFailureTest holds the timeout to account.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The server of the test class running now: JUnit runs these classes one after another. */
    private static TestRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = TestRedis.started();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    /** This contract's store in memory. */
    abstract S inMemory();

    /** This contract's store on Redis, as one instance of the function has it. */
    abstract S onRedis(RedisConnection connection);

    /** In memory there is only one instance of the function, and both are it: one store. */
    interface SharedMemory {
    }

    /** On Redis, two instances of the function: two stores on two connections. */
    interface TwoConnections {
    }

    /** The tests of a contract, with the two instances of the function that a test uses. */
    abstract class TwoInstances {

        private final List<S> instances = twoInstances(StoreContract.this::inMemory, StoreContract.this::onRedis);

        final S instanceA() {
            return instances.get(0);
        }

        final S instanceB() {
            return instances.get(1);
        }

        /** Two instances of a store built as the test says, for a test that needs them built otherwise. */
        final <T> List<T> twoInstances(Supplier<T> inMemory, Function<RedisConnection, T> onRedis) {
            if (this instanceof SharedMemory) {
                T store = inMemory.get();
                return List.of(store, store);
            }
            if (this instanceof TwoConnections) {
                return List.of(onRedis.apply(redis.newConnection(TIMEOUT)),
                        onRedis.apply(redis.newConnection(TIMEOUT)));
            }
            throw new IllegalStateException(getClass() + " says neither SharedMemory nor TwoConnections");
        }
    }
}
