package io.github.livecallback.function;

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

@QuarkusTest
@WithTestResource(value = EmulatorResource.class,
        initArgs = @ResourceArg(name = EmulatorResource.CREDENTIALS, value = "none"))
class MissingCredentialsTest extends CredentialsTest {

    @Test
    void answersWithTheVariablesToSetAndSendsNothing() {
        update().statusCode(500)
                .body("ResponseMetadata.Error.Code", equalTo("FunctionMisconfigured"))
                .body("ResponseMetadata.Error.Message", containsString("set VOLC_ACCESSKEY and VOLC_SECRETKEY"));

        assertEquals(List.of(), Emulator.journal());
    }
}
