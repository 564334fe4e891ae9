package io.github.livecallback.endtoend.health;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.Health;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Without credentials the function is not ready, and says which variables to set: the same words as its answers. */
@QuarkusTest
@WithTestResource(value = EmulatorResource.class, initArgs = @ResourceArg(name = EmulatorResource.CREDENTIALS,
        value = "none"))
class MissingCredentialsHealthTest {

    @Test
    void readinessIsDownAndNamesTheMissingVariables() {
        Response ready = Health.ready();

        assertEquals(503, ready.statusCode(), ready.asString());
        assertEquals("DOWN", ready.path("status"));
        assertEquals("DOWN", Health.check(ready, "configuration").get("status"));
        assertEquals("missing credentials: set VOLC_ACCESSKEY and VOLC_SECRETKEY",
                Health.data(ready, "configuration", "reason"));
        assertEquals("UP", Health.check(ready, "live-api-circuit").get("status"), "only what is wrong is DOWN");
        Health.liveness().statusCode(200).body("status", equalTo("UP"));

        String answered = Invoke.post("/updateCallback", Payloads.update()).statusCode(500).extract()
                .path("ResponseMetadata.Error.Message");
        assertEquals("The function is not configured to call the Live OpenAPI: "
                + Health.data(ready, "configuration", "reason"), answered, "one source of the reasons");
    }
}
