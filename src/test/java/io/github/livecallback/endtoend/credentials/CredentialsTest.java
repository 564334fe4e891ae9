package io.github.livecallback.endtoend.credentials;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * What every test of a credentials setup does: one UpdateCallback, with the configured credentials or with the
 * ones a request carries, and a look at what the emulator received.
 */
@FreshEmulator
abstract class CredentialsTest {

    static ValidatableResponse update() {
        return update(Invoke.json());
    }

    static ValidatableResponse update(RequestSpecification request) {
        return request.body(Payloads.update()).when().post("/updateCallback").then();
    }

    static void assertRefusedOnceWith(int status, String code) {
        assertRefusedOnceWith(Invoke.json(), status, code);
    }

    static void assertRefusedOnceWith(RequestSpecification request, int status, String code) {
        update(request).statusCode(status).body("ResponseMetadata.Error.Code", equalTo(code));
        assertEquals(1, Emulator.journal().size(), "a credentials error is not retried");
    }
}
