package io.github.livecallback.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void masksBothKeysOfEveryCallbackAndLeavesTheOriginalAlone() throws Exception {
        JsonNode result = new ObjectMapper().readTree("{\"CallbackList\":[{\"AuthKeyPrimary\":\"0123456789abcdef\","
                + "\"AuthKeySecond\":\"fedcba9876543210\"},{\"AuthKeyPrimary\":\"abc\"},{\"App\":\"live\"}]}");

        JsonNode masked = AuthKeyMask.apply(result);

        assertEquals("****cdef", masked.at("/CallbackList/0/AuthKeyPrimary").asText());
        assertEquals("****3210", masked.at("/CallbackList/0/AuthKeySecond").asText());
        assertEquals("****", masked.at("/CallbackList/1/AuthKeyPrimary").asText());
        assertEquals("live", masked.at("/CallbackList/2/App").asText());
        assertEquals("0123456789abcdef", result.at("/CallbackList/0/AuthKeyPrimary").asText());
    }

    @Test
    void recognisesEveryMaskItGivesAndNoRealKey() {
        assertTrue(AuthKeyMask.isMask(AuthKeyMask.mask("0123456789abcdef")));
        assertTrue(AuthKeyMask.isMask(AuthKeyMask.mask("short-key")));
        assertTrue(AuthKeyMask.isMask(AuthKeyMask.mask("0123456789ab***")));

        assertFalse(AuthKeyMask.isMask("1622194197-0-0-5552e4e20387c6dc18afce9f6a"));
        assertFalse(AuthKeyMask.isMask("****abcde"));
        assertFalse(AuthKeyMask.isMask("***abcd"));
        assertFalse(AuthKeyMask.isMask("x****abcd"));
    }
}
