package io.github.livecallback.endtoend.invocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.Invoke;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The conventions of veFaaS's native runtime that hold whatever the port (see VeFaasPortIT for the port). */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class VeFaasRuntimeTest {

    @Test
    void pingAnswers200() {
        given().when().get("/v1/ping").then().statusCode(200);
    }

    @Test
    void thePlatformRequestIdIdentifiesAnswersMadeHere() {
        Invoke.json().header("X-Faas-Request-Id", "faas-7f3a").body("{}")
                .when().post("/describeCallback")
                .then().statusCode(400)
                .body("ResponseMetadata.RequestId", equalTo("faas-7f3a"));
    }
}
