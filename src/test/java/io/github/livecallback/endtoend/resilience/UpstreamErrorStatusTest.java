package io.github.livecallback.endtoend.resilience;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FastRetries;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The status the function answers with when the API fails: the upstream 4xx where a retry cannot help, 429 and
 * 502/503/504 where it can. The error envelope, with the upstream RequestId, is the body either way.
 */
@QuarkusTest
@TestProfile(FastRetries.class)
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class UpstreamErrorStatusTest {

    private static final int ATTEMPTS = FastRetries.ATTEMPTS;

    @ParameterizedTest(name = "upstream {0} {1} -> {2} after {3} attempt(s)")
    @CsvSource({
            "400, InvalidParam,                          400, 1",
            "403, RequestForbidden,                      403, 1",
            "403, RequestForbidden.AccountIDNotAllow,    403, 1",
            "404, ResourceNotFound,                      404, 1",
            "200, CommonErr,                             502, " + ATTEMPTS,
            "429, AccountFlowLimitExceeded,              429, " + ATTEMPTS,
            "500, InternalError,                         502, " + ATTEMPTS,
            "500, InternalError.DB,                      502, " + ATTEMPTS,
            "502, InternalServiceError,                  502, " + ATTEMPTS,
            "502, InternalServiceError.BadResponse,      502, " + ATTEMPTS,
            "503, ServiceUnavailable,                    503, " + ATTEMPTS,
            "504, InternalServiceTimeout,                504, " + ATTEMPTS,
    })
    void mapsUpstreamErrors(int upstreamStatus, String code, int expectedStatus, int expectedAttempts) {
        Emulator.fail(ATTEMPTS, upstreamStatus, code);

        Invoke.post("/updateCallback", Payloads.update())
                .statusCode(expectedStatus)
                .body("ResponseMetadata.Error.Code", equalTo(code))
                .body("ResponseMetadata.Error.Message", equalTo("injected " + code))
                .body("ResponseMetadata.RequestId", matchesPattern("[0-9A-F]{32}"));

        assertEquals(expectedAttempts, Emulator.journal().size());
    }

    @Test
    void aTransientFailureIsRetriedAndSucceeds() {
        Emulator.fail(1, 502, "InternalServiceError");

        Invoke.post("/updateCallback", Payloads.update()).statusCode(200);

        assertEquals(2, Emulator.journal().size());
        assertEquals("OK", Emulator.journal().get(1).get("outcome"));
    }
}
