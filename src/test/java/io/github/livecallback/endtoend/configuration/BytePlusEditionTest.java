package io.github.livecallback.endtoend.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Concurrently;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code VOLC_LIVE_EDITION=byteplus} against the emulator as BytePlus MediaLive: signed for its region, answered
 * with it, and within its quota of one request per second, which the emulator's gateway enforces.
 */
@QuarkusTest
@WithTestResource(value = EmulatorResource.class, initArgs = @ResourceArg(name = EmulatorResource.EDITION,
        value = "byteplus"))
@FreshEmulator
class BytePlusEditionTest {

    @Test
    void oneSettingSignsForBytePlusAndKeepsToItsQuota() throws Exception {

        List<HttpResponse<String>> answers = Concurrently.post("/updateCallback", 3,
                i -> Payloads.update("live" + i, "push", "https://fn.example.com/" + i));

        assertEquals(List.of(200, 200, 200), answers.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> answer : answers) {
            assertEquals("ap-singapore-1", JsonPath.from(answer.body()).getString("ResponseMetadata.Region"));
        }
        List<Object> outcomes = Emulator.journal().stream().map(entry -> entry.get("outcome")).toList();
        assertEquals(List.of("OK", "OK", "OK"), outcomes, "no request was refused by the gateway's limit");
        assertTrue(Emulator.mostRequestsInAnyWindow(Duration.ofSeconds(1)) <= 1);
    }
}
