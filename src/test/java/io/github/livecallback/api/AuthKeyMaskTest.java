package io.github.livecallback.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AuthKeyMaskTest {

    @Test
    void keepsOnlyTheLastFourCharactersOfLongKeys() {
        assertEquals("****cdef", AuthKeyMask.mask("0123456789abcdef"));
        assertEquals("****", AuthKeyMask.mask("short-key"));
        assertEquals("", AuthKeyMask.mask(""));
    }

    @Test
    void masksEveryCallbackOfTheResultAndLeavesTheOriginalAlone() throws Exception {
        JsonNode result = new ObjectMapper().readTree("{\"CallbackList\":[{\"AuthKeyPrimary\":\"0123456789abcdef\"},"
                + "{\"AuthKeyPrimary\":\"abc\"},{\"App\":\"live\"}]}");

        JsonNode masked = AuthKeyMask.apply(result);

        assertEquals("****cdef", masked.at("/CallbackList/0/AuthKeyPrimary").asText());
        assertEquals("****", masked.at("/CallbackList/1/AuthKeyPrimary").asText());
        assertEquals("live", masked.at("/CallbackList/2/App").asText());
        assertEquals("0123456789abcdef", result.at("/CallbackList/0/AuthKeyPrimary").asText());
    }
}
