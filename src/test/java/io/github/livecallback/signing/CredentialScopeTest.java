package io.github.livecallback.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CredentialScopeTest {

    @Test
    void takesTheDayFromXDateAndEndsWithRequest() {
        assertEquals("20240619/cn-north-1/live/request",
                CredentialScope.of("20240619T071306Z", "cn-north-1", "live").toString());
    }
}
