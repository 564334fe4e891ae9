package io.github.livecallback.store;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.livecallback.store.OutcomeStore.Claimed;
import io.github.livecallback.testing.RedisServerResource;
import io.github.livecallback.testing.TestRedis;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With quarkus.redis.hosts set only at run time, as a platform's environment sets it, the stores are on Redis; and
 * a Redis that is down at start neither stops the function from starting nor needs a restart once it is up.
 */
@QuarkusTest
@WithTestResource(value = RedisServerResource.class, initArgs = @ResourceArg(name = RedisServerResource.RUNNING,
        value = "false"))
class RedisStoreSelectionTest {

    TestRedis redis;

    @Inject
    QuotaStore quota;
    @Inject
    OutcomeStore outcomes;
    @Inject
    ChangeOrder changes;

    @Test
    void theStoresAreOnRedisAndWorkOnceRedisIsUp() throws InterruptedException {
        assertInstanceOf(RedisQuotaStore.class, quota);
        assertInstanceOf(RedisOutcomeStore.class, outcomes);
        assertInstanceOf(RedisChangeOrder.class, changes);

        given().get("/v1/ping").then().statusCode(200);
        assertThrows(StoreUnavailable.class, () -> outcomes.claim("event-1", "hash", Duration.ofSeconds(30)));

        redis.start();
        assertEquals(new Claimed(), outcomes.claim("event-1", "hash", Duration.ofSeconds(30)));
        quota.acquire("AKLT", 1, Duration.ofSeconds(1), Instant.now().plusSeconds(1)).orElseThrow().release();
    }
}
