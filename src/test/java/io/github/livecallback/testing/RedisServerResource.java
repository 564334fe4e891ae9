package io.github.livecallback.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the function a real Redis ({@code quarkus.redis.hosts}) and the test the {@link TestRedis} (into a field of
 * that type) to stop and start it. Init argument {@code running}: {@code false} starts the function with its Redis
 * down; {@code password}: the server requires it, and the URL the function gets carries it.
 */
public class RedisServerResource implements QuarkusTestResourceLifecycleManager {

    public static final String RUNNING = "running";
    public static final String PASSWORD = "password";
    private static final String HOSTS = "quarkus.redis.hosts";

    private TestRedis redis;
    private boolean running = true;
    private String password;

    @Override
    public void init(Map<String, String> initArgs) {
        running = Boolean.parseBoolean(initArgs.getOrDefault(RUNNING, "true"));
        password = initArgs.get(PASSWORD);
    }

    @Override
    public Map<String, String> start() {
        redis = TestRedis.stopped(password);
        if (running) {
            redis.start();
        }
        return Map.of(HOSTS, redis.url());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(redis, new TestInjector.MatchesType(TestRedis.class));
    }

    @Override
    public void stop() {
        redis.close();
        // An integration test passes every quarkus.* system property on to the packaged function it starts, and the
        // URL given here stays one after this test: the next test's function would get a Redis that is gone.
        System.clearProperty(HOSTS);
    }
}
