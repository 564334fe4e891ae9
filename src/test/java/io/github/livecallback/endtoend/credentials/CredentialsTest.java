package io.github.livecallback.endtoend.credentials;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.restassured.response.ValidatableResponse;

/** What every test of a credentials setup does: one UpdateCallback, and a look at what the emulator received. */
abstract class CredentialsTest {

    ValidatableResponse update() {
        Emulator.reset();
        return Invoke.post("/updateCallback", Payloads.update());
    }

    void assertRefusedOnceWith(int status, String code) {
        update().statusCode(status).body("ResponseMetadata.Error.Code", equalTo(code));
        assertEquals(1, Emulator.journal().size(), "a credentials error is not retried");
    }
}
