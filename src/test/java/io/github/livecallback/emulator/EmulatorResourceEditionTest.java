package io.github.livecallback.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.livecallback.emulator.SignedApi.Answer;
import io.github.livecallback.testing.EmulatorResource;

/** The test resource's {@code edition} init argument: the edition the emulator plays, and what the function is told. */
class EmulatorResourceEditionTest {

    private static final String DESCRIBE = "{\"Vhost\":\"push.example.com\"}";

    private final EmulatorResource resource = new EmulatorResource();
    private String urlBefore;

    @BeforeEach
    void rememberTheEmulatorUrl() {
        urlBefore = System.getProperty(EmulatorResource.URL_PROPERTY);
    }

    @AfterEach
    void stopAndRestore() {
        resource.stop();
        if (urlBefore == null) {
            System.clearProperty(EmulatorResource.URL_PROPERTY);
        } else {
            System.setProperty(EmulatorResource.URL_PROPERTY, urlBefore);
        }
    }

    @Test
    void byteplusStartsTheBytePlusEditionAndSaysSoToTheFunction() {
        resource.init(Map.of(EmulatorResource.EDITION, "byteplus"));

        Map<String, String> config = resource.start();

        assertEquals("byteplus", config.get("volc.live.edition"));
        assertEquals(config.get(EmulatorResource.URL_PROPERTY), config.get("volc.live.endpoint"));
        assertEquals(EmulatorAccount.DEMO.accessKeyId(), config.get("volc.accesskey"));
        Answer answer = new SignedApi(URI.create(config.get("volc.live.endpoint")), "ap-singapore-1", "live",
                SignedApi.credentials(EmulatorAccount.DEMO)).call("DescribeCallback", DESCRIBE);
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("ap-singapore-1", answer.json().at("/ResponseMetadata/Region").asText());
    }

    @Test
    void byDefaultTheVolcengineEditionPlaysAndTheFunctionIsToldNothing() {
        resource.init(Map.of());

        Map<String, String> config = resource.start();

        assertFalse(config.containsKey("volc.live.edition"));
        Answer answer = new SignedApi(URI.create(config.get("volc.live.endpoint")), "cn-north-1", "live",
                SignedApi.credentials(EmulatorAccount.DEMO)).call("DescribeCallback", DESCRIBE);
        assertEquals(200, answer.status(), answer::toString);
    }

    @Test
    void anUnknownEditionIsAMistake() {
        resource.init(Map.of(EmulatorResource.EDITION, "aws"));

        assertThrows(IllegalArgumentException.class, resource::start);
    }
}
