package io.github.livecallback.endtoend.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.Health;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.github.livecallback.testing.RedisServerResource;
import io.github.livecallback.testing.TestRedis;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * With {@code live-callback.store.on-failure=local} a Redis that is down does not stop the function, so it stays
 * ready, with a note that says it works on its own memory meanwhile; the note goes once Redis is back.
 */
@QuarkusTest
@TestProfile(LocalFallbackHealthTest.OnFailureLocal.class)
@WithTestResource(EmulatorResource.class)
@WithTestResource(value = RedisServerResource.class, initArgs = @ResourceArg(name = RedisServerResource.RUNNING,
        value = "false"))
class LocalFallbackHealthTest {

    TestRedis redis;

    public static class OnFailureLocal implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("live-callback.store.on-failure", "local");
        }
    }

    @Test
    void readyWithANoteWhileRedisIsDown() {
        Response ready = Health.ready();

        assertEquals(200, ready.statusCode(), ready.asString());
        assertEquals("UP", Health.check(ready, "shared-store").get("status"));
        String note = (String) Health.data(ready, "shared-store", "note");
        assertTrue(note.startsWith("Redis store unavailable for ping: ") && note.contains("own memory"), note);
        Invoke.post("/describeCallback", Payloads.target(null, null)).statusCode(200);

        redis.start();
        Response back = Health.readyOnceIt(answer -> Health.data(answer, "shared-store", "note") == null,
                Duration.ofSeconds(5));
        assertNull(Health.data(back, "shared-store", "note"), back.asString());
        assertEquals("redis", Health.data(back, "shared-store", "store"));
    }
}
