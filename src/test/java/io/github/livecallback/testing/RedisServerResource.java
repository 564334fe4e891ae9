package io.github.livecallback.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the function a real Redis ({@code quarkus.redis.hosts}) and the test the {@link TestRedis} (into a field of
 * that type) to stop and start it. Init argument {@code running}: {@code false} starts the function with its Redis
 * down.
 */
public class RedisServerResource implements QuarkusTestResourceLifecycleManager {

    public static final String RUNNING = "running";

    private TestRedis redis;
    private boolean running = true;

    @Override
    public void init(Map<String, String> initArgs) {
        running = Boolean.parseBoolean(initArgs.getOrDefault(RUNNING, "true"));
    }

    @Override
    public Map<String, String> start() {
        redis = running ? TestRedis.started() : TestRedis.stopped();
        return Map.of("quarkus.redis.hosts", redis.url());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(redis, new TestInjector.MatchesType(TestRedis.class));
    }

    @Override
    public void stop() {
        redis.close();
    }
}
