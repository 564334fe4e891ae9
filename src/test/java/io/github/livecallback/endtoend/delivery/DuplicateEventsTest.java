package io.github.livecallback.endtoend.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.livecallback.http.DeliveryHeaders;
import io.github.livecallback.testing.CloudEvents;
import io.github.livecallback.testing.CloudEvents.Answer;
import io.github.livecallback.testing.CloudEvents.Mode;
import io.github.livecallback.testing.Concurrently;
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
 * An event delivered again (a bus delivers at least once) is performed once: answered with its first outcome and no
 * upstream request, on the store this function runs with by default, its own memory. Each test names its events
 * afresh, because the store outlives the emulator's reset.
 */
@QuarkusTest
@TestProfile(FastRetries.class)
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class DuplicateEventsTest {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRedeliveredEventIsAnsweredWithItsFirstOutcomeAndNoCall(Mode mode) {
        var event = CloudEvents.event(fresh("evt"), "live.callback.update",
                Payloads.update("live", "push", Payloads.CALLBACK_URL));

        Answer first = CloudEvents.send(event, mode);
        Answer again = CloudEvents.send(event, mode);

        assertEquals(200, first.status());
        assertEquals(200, again.status());
        assertEquals(first.data().at("/ResponseMetadata/RequestId"), again.data().at("/ResponseMetadata/RequestId"));
        assertEquals(1, Emulator.journal().size(), "one upstream request for two deliveries");
    }

    @Test
    void theSameKeyWithAnotherPayloadIsRefused() {
        String id = fresh("evt");
        CloudEvents.send(CloudEvents.event(id, "live.callback.update",
                Payloads.update("live", "push", "https://fn.example.com/a")), Mode.BINARY);

        Answer reused = CloudEvents.send(CloudEvents.event(id, "live.callback.update",
                Payloads.update("live", "push", "https://fn.example.com/b")), Mode.BINARY);

        assertEquals(409, reused.status());
        assertEquals("IdempotencyKeyReused", reused.data().at("/ResponseMetadata/Error/Code").asText());
        assertEquals(1, Emulator.journal().size());
    }

    @Test
    void aRetriableFailureIsNotKeptSoTheRedeliveryIsSent() {
        String key = fresh("key");
        Emulator.fail("UpdateCallback", FastRetries.ATTEMPTS, 503, "ServiceUnavailable");

        update(key).statusCode(503);
        update(key).statusCode(200);

        assertEquals(FastRetries.ATTEMPTS + 1, Emulator.journal().size());
    }

    @Test
    void aRefusalIsFinalAndAnsweredAgainWithoutACall() {
        String key = fresh("key");
        String invalid = "{\"Vhost\":\"" + Payloads.VHOST + "\",\"MessageType\":\"push\"}";

        Invoke.json().header(DeliveryHeaders.IDEMPOTENCY_KEY, key).body(invalid).post("/updateCallback").then()
                .statusCode(400);
        Invoke.json().header(DeliveryHeaders.IDEMPOTENCY_KEY, key).body(invalid).post("/updateCallback").then()
                .statusCode(400);

        assertEquals(0, Emulator.journal().size());
    }

    @Test
    void duplicatesArrivingTogetherAreSentOnce() {
        String key = fresh("key");
        String body = Payloads.update("burst", "push", Payloads.CALLBACK_URL);

        List<HttpResponse<String>> answers = Concurrently.post("/updateCallback", 6, i -> body,
                Map.of(DeliveryHeaders.IDEMPOTENCY_KEY, key));

        answers.forEach(answer -> assertEquals(200, answer.statusCode(), answer.body()));
        assertEquals(1, Emulator.journal().size(), "six deliveries at once, one upstream request");
    }

    @Test
    void readsAndDryRunsArePerformedEveryTime() {
        String key = fresh("key");
        Invoke.json().header(DeliveryHeaders.IDEMPOTENCY_KEY, key).body(Payloads.target("live", null))
                .post("/describeCallback").then().statusCode(200);
        Invoke.json().header(DeliveryHeaders.IDEMPOTENCY_KEY, key).body(Payloads.target("live", null))
                .post("/describeCallback").then().statusCode(200);

        assertEquals(2, Emulator.journal().size());
    }

    @Test
    void aMalformedIdempotencyKeyIsRefusedBeforeAnythingIsSent() {
        Invoke.json().header(DeliveryHeaders.IDEMPOTENCY_KEY, "k".repeat(256)).body(Payloads.update())
                .post("/updateCallback").then().statusCode(400);

        assertEquals(0, Emulator.journal().size());
    }

    private static io.restassured.response.ValidatableResponse update(String key) {
        return Invoke.json().header(DeliveryHeaders.IDEMPOTENCY_KEY, key).body(Payloads.update())
                .post("/updateCallback").then();
    }

    /** A name no other test uses, short enough for an App (the store outlives the emulator's reset). */
    static String fresh(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
