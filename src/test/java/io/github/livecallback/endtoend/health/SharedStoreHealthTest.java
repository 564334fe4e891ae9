package io.github.livecallback.endtoend.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.Health;
import io.github.livecallback.testing.RedisServerResource;
import io.github.livecallback.testing.TestRedis;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A real Redis with a password in its URL, stopped and started again: readiness is DOWN while it is gone (the
 * function refuses invocations then), UP again once it is back, without a restart, and never shows the password.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
@WithTestResource(value = RedisServerResource.class, initArgs = @ResourceArg(name = RedisServerResource.PASSWORD,
        value = SharedStoreHealthTest.PASSWORD))
class SharedStoreHealthTest {

    static final String PASSWORD = "redisPa55word";

    TestRedis redis;

    @Test
    void notReadyWhileRedisIsDownReadyOnceItIsBack() {
        Response up = Health.ready();
        assertEquals(200, up.statusCode(), up.asString());
        assertEquals("redis", Health.data(up, "shared-store", "store"));

        redis.stop();
        try {
            Response down = Health.ready();
            assertEquals(503, down.statusCode(), down.asString());
            assertEquals("DOWN", Health.check(down, "shared-store").get("status"));
            String reason = (String) Health.data(down, "shared-store", "reason");
            assertTrue(reason.startsWith("Redis store unavailable for ping: "), reason);
            assertTrue(reason.contains("on-failure=refuse"), reason);
            assertFalse(down.asString().contains(PASSWORD), down.asString());
            assertEquals("UP", Health.check(down, "configuration").get("status"));
        } finally {
            redis.start();
        }

        Response back = Health.readyOnceIt(ready -> ready.statusCode() == 200, Duration.ofSeconds(5));
        assertEquals(200, back.statusCode(), back.asString());
        assertEquals("UP", Health.check(back, "shared-store").get("status"));
    }
}
