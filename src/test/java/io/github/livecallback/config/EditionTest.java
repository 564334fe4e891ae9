package io.github.livecallback.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.TestConfigs;

class EditionTest {

    @Test
    void volcengineIsTheDefault() {
        VolcConfig config = TestConfigs.volc(Map.of());

        assertEquals(URI.create("https://live.volcengineapi.com"), config.live().endpoint());
        assertEquals("cn-north-1", config.region());
        assertEquals("live", config.live().service());
        assertEquals(10, config.live().quotaRequests());
    }

    @Test
    void oneSettingSwitchesEveryDefaultToBytePlus() {
        VolcConfig config = TestConfigs.volc(Map.of("volc.live.edition", "byteplus"));

        assertEquals(URI.create("https://open.byteplusapi.com"), config.live().endpoint());
        assertEquals("ap-singapore-1", config.region());
        assertEquals("live", config.live().service());
        assertEquals(1, config.live().quotaRequests());
    }

    @Test
    void eachValueOfTheEditionCanBeOverridden() {
        VolcConfig config = TestConfigs.volc(Map.of("volc.live.edition", "byteplus",
                "volc.live.endpoint", "https://live.example.com", "volc.region", "ap-southeast-1",
                "volc.live.service", "medialive", "volc.live.quota.requests", "3"));

        assertEquals(URI.create("https://live.example.com"), config.live().endpoint());
        assertEquals("ap-southeast-1", config.region());
        assertEquals("medialive", config.live().service());
        assertEquals(3, config.live().quotaRequests());
    }
}
