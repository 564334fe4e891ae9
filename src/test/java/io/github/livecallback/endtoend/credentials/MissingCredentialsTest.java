package io.github.livecallback.endtoend.credentials;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** No credentials, and plain http to a host that is not loopback: both problems are reported at once. */
@QuarkusTest
@WithTestResource(value = EmulatorResource.class, initArgs = {
        @ResourceArg(name = EmulatorResource.CREDENTIALS, value = "none"),
        @ResourceArg(name = EmulatorResource.ENDPOINT, value = "http://live.example.com") })
class MissingCredentialsTest extends CredentialsTest {

    @Test
    void answersWithTheVariablesToSetAndSendsNothing() {
        update().statusCode(500)
                .body("ResponseMetadata.Error.Code", equalTo("FunctionMisconfigured"))
                .body("ResponseMetadata.Error.Message", containsString("set VOLC_ACCESSKEY and VOLC_SECRETKEY"))
                .body("ResponseMetadata.Error.Message", containsString("plain http"));

        assertEquals(List.of(), Emulator.journal());
    }
}
