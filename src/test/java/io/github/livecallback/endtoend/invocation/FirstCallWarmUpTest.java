package io.github.livecallback.endtoend.invocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.livecallback.client.LiveOpenApi;
import io.github.livecallback.function.FirstCallWarmUp;
import io.github.livecallback.logging.ColdStart;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The warm-up beside the start goes the whole way (credentials and endpoint are configured here), the REST client
 * included, and leaves no trace an operator or the API could see: nothing sent, nothing counted, and the first invocation still the cold start.
 */
@QuarkusTest
@TestProfile(FirstCallWarmUpTest.OwnStart.class)
@WithTestResource(EmulatorResource.class)
class FirstCallWarmUpTest {

    /** A start of its own, so that the warm-up observed is this start's and no invocation came before. */
    public static class OwnStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("live-callback.warm-up", "true");
        }
    }

    @Inject
    FirstCallWarmUp warmUp;
    @Inject
    ColdStart coldStart;
    @Inject
    BeanManager beans;

    @Test
    void warmsUpWithoutSendingCountingOrTakingTheColdStart() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "a warm-up only runs with a processor to spare");

        assertTrue(warmUp.done().get(30, TimeUnit.SECONDS), "every step of the warm-up ran");
        Bean<?> client = beans.resolve(beans.getBeans(LiveOpenApi.class));
        assertNotNull(beans.getContext(ApplicationScoped.class).get(client),
                "the REST client was built before the first invocation needed it");

        assertEquals(List.of(), Emulator.journal(), "nothing was sent to the API");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(not(containsString("live_callback_invocations_total")))
                .body(not(containsString("live_callback_upstream")));
        assertTrue(coldStart.claim(), "the first invocation is still the one that waited for the start");
    }
}
