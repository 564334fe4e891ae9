package io.github.livecallback.endtoend.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.http.DeliveryHeaders;
import io.github.livecallback.testing.CloudEvents;
import io.github.livecallback.testing.CloudEvents.Answer;
import io.github.livecallback.testing.CloudEvents.Mode;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An event that arrives after a newer change of the same configuration does not undo it: it is answered 200
 * {@code Skipped: Stale} and not sent. Each test changes an App of its own, because the order outlives the
 * emulator's reset; the one that deletes a whole Vhost has the second Vhost to itself.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class ChangeOrderTest {

    private static final String OTHER_VHOST = "push.live.example.com";

    @Test
    void anOlderUpdateArrivingAfterANewerOneIsSkipped() {
        String app = DuplicateEventsTest.fresh("app");
        Instant newer = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant older = newer.minusSeconds(30);

        Answer applied = update(app, "https://fn.example.com/newer", newer);
        Answer late = update(app, "https://fn.example.com/older", older);

        assertEquals(200, applied.status());
        assertEquals(200, late.status());
        assertEquals("Stale", late.data().at("/Result/Skipped").asText());
        assertEquals(newer.toString(), late.data().at("/Result/NewerChangeTime").asText());
        assertEquals("https://fn.example.com/newer", urlOf(Payloads.VHOST, app));
        assertEquals(1, updates(), "the late update was not sent");
    }

    @Test
    void aNewerUpdateAfterAnOlderOneIsApplied() {
        String app = DuplicateEventsTest.fresh("app");
        Instant older = Instant.now().minusSeconds(30);

        update(app, "https://fn.example.com/older", older);
        Answer newer = update(app, "https://fn.example.com/newer", older.plusMillis(1));

        assertTrue(newer.data().at("/Result/Skipped").isMissingNode(), newer.data().toString());
        assertEquals("https://fn.example.com/newer", urlOf(Payloads.VHOST, app));
    }

    @Test
    void aWholeVhostDeletedStaysDeletedWhenAnOlderUpdateOfOneAppArrivesLate() {
        String app = DuplicateEventsTest.fresh("app");
        Instant deletedAt = Instant.now();
        CloudEvents.send(CloudEvents.event(DuplicateEventsTest.fresh("evt"), "live.callback.update",
                update(OTHER_VHOST, app, "https://fn.example.com/before"), deletedAt.minusSeconds(60)), Mode.BINARY);
        Answer deleted = CloudEvents.send(CloudEvents.event(DuplicateEventsTest.fresh("evt"), "live.callback.delete",
                "{\"Vhost\":\"" + OTHER_VHOST + "\"}", deletedAt), Mode.BINARY);

        Answer late = CloudEvents.send(CloudEvents.event(DuplicateEventsTest.fresh("evt"), "live.callback.update",
                update(OTHER_VHOST, app, "https://fn.example.com/late"), deletedAt.minusSeconds(10)), Mode.BINARY);

        assertEquals(200, deleted.status(), deleted.data().toString());
        assertEquals("Stale", late.data().at("/Result/Skipped").asText());
        assertEquals(0, describe(OTHER_VHOST, app).at("/Result/CallbackList").size());
    }

    @Test
    void aPlainHttpCallTellsItsTimeWithAHeader() {
        String app = DuplicateEventsTest.fresh("app");
        Instant newer = Instant.now();
        timed(app, "https://fn.example.com/newer", newer).statusCode(200);

        timed(app, "https://fn.example.com/older", newer.minus(Duration.ofMillis(1))).statusCode(200)
                .body("Result.Skipped", org.hamcrest.Matchers.equalTo("Stale"));

        assertEquals("https://fn.example.com/newer", urlOf(Payloads.VHOST, app));
    }

    @Test
    void changesThatDoNotSayWhenTheyWereMadeAreAppliedAsTheyCome() {
        String app = DuplicateEventsTest.fresh("app");
        update(app, "https://fn.example.com/timed", Instant.now());

        Invoke.post("/updateCallback", update(Payloads.VHOST, app, "https://fn.example.com/untimed")).statusCode(200);

        assertEquals("https://fn.example.com/untimed", urlOf(Payloads.VHOST, app));
    }

    @Test
    void aTimeThatCannotBeReadIsRefused() {
        Invoke.json().header(DeliveryHeaders.CHANGE_TIME, "yesterday").body(Payloads.update())
                .post("/updateCallback").then().statusCode(400)
                .body("ResponseMetadata.Error.Message", org.hamcrest.Matchers.containsString(DeliveryHeaders.CHANGE_TIME));
        Invoke.json().header("ce-id", "t1").header("ce-source", "/tests").header("ce-specversion", "1.0")
                .header("ce-type", "live.callback.update").header("ce-time", "yesterday").body(Payloads.update())
                .post("/").then().statusCode(400);

        assertEquals(0, Emulator.journal().size());
    }

    private static Answer update(String app, String url, Instant madeAt) {
        return CloudEvents.send(CloudEvents.event(DuplicateEventsTest.fresh("evt"), "live.callback.update",
                update(Payloads.VHOST, app, url), madeAt), Mode.STRUCTURED);
    }

    private static io.restassured.response.ValidatableResponse timed(String app, String url, Instant madeAt) {
        return Invoke.json().header(DeliveryHeaders.CHANGE_TIME, madeAt.toString())
                .body(update(Payloads.VHOST, app, url)).post("/updateCallback").then();
    }

    private static String update(String vhost, String app, String url) {
        return Payloads.update(app, "push", url).replace(Payloads.VHOST, vhost);
    }

    private static JsonNode describe(String vhost, String app) {
        return CloudEvents.read(Invoke.json().body(Payloads.target(app, null).replace(Payloads.VHOST, vhost))
                .post("/describeCallback")).data();
    }

    private static String urlOf(String vhost, String app) {
        return describe(vhost, app).at("/Result/CallbackList/0/CallbackDetailList/0/URL").asText();
    }

    private static long updates() {
        return Emulator.journal().stream().filter(entry -> "UpdateCallback".equals(entry.get("action"))).count();
    }
}
