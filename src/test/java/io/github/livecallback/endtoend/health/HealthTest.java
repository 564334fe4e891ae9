package io.github.livecallback.endtoend.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.InboundToken;
import io.github.livecallback.testing.Health;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * A function configured to work is ready, and its probes need no token although every invocation does; nothing
 * else gets past the edge without it.
 */
@QuarkusTest
@TestProfile(InboundToken.class)
@WithTestResource(EmulatorResource.class)
class HealthTest {

    static final String TOKEN = InboundToken.TOKEN;

    @Test
    void aConfiguredFunctionIsReadyOnEveryCheck() {
        Response ready = Health.ready();

        assertEquals(200, ready.statusCode(), ready.asString());
        assertEquals("UP", ready.path("status"));
        for (String check : new String[] { "configuration", "inbound-token", "live-api-circuit", "shared-store" }) {
            assertEquals("UP", Health.check(ready, check).get("status"), check);
        }
        assertEquals("closed", Health.data(ready, "live-api-circuit", "state"));
        assertEquals("memory", Health.data(ready, "shared-store", "store"));
        assertNull(Health.data(ready, "configuration", "reason"));
        Health.liveness().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theProbesNeedNoTokenWithGetAndHead() {
        for (String path : new String[] { "/q/health", Health.LIVE, Health.READY, "/q/health/started" }) {
            given().when().get(path).then().statusCode(200).body("status", equalTo("UP"))
                    .body(not(containsString(TOKEN)));
            given().when().head(path).then().statusCode(200);
        }
        given().when().get("/v1/ping").then().statusCode(200).body(equalTo("pong"));
    }

    @Test
    void everythingElseStillNeedsTheToken() {
        given().when().post(Health.READY).then().statusCode(401)
                .body("ResponseMetadata.Error.Code", equalTo("MissingAuthenticationToken"));
        given().when().get("/q/health/well").then().statusCode(401);
        given().when().get("/q/health/ready/").then().statusCode(401);
        given().when().get("/q/metrics").then().statusCode(401);
        Invoke.post("/describeCallback", Payloads.target(null, null)).statusCode(401);
    }

    @Test
    void aPathIsComparedAsTheRouterReadsIt() throws Exception {
        // Sent as they are (REST Assured would tidy them); the router resolves the dots before it routes.
        assertEquals(401, getAsIs("/q/health/../../describeCallback").statusCode(), "this is GET /describeCallback");
        HttpResponse<String> ready = getAsIs("/q/health/live/../ready");
        assertEquals(200, ready.statusCode(), "this is GET /q/health/ready: " + ready.body());
        assertTrue(ready.body().contains("\"shared-store\""), ready.body());
    }

    private static HttpResponse<String> getAsIs(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withTheTokenAGetOfAFunctionIsStillRefused() {
        given().header("Authorization", "Bearer " + TOKEN).when().get("/describeCallback").then().statusCode(405);
        given().header("Authorization", "Bearer " + TOKEN).when().get("/q/health/well").then().statusCode(405);
    }
}
