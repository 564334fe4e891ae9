package io.github.livecallback.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.emulator.SignedApi.Answer;
import io.github.livecallback.testing.SeedExamples;

/**
 * What the emulated account holds and how the three actions read and change it: the seed documents' own example
 * requests, Describe items that carry Vhost, Domain with App in DescribeCallback only, and the not-found answers.
 */
class EmulatorConfigurationsTest {

    private static final String RECEIVERS = "\"CallbackDetailList\":[{\"CallbackType\":\"http\","
            + "\"URL\":\"https://fn.example.com/cb\"}]";

    @RegisterExtension
    static final RunningEmulator EMULATOR = new RunningEmulator();


    @Test
    void theSeedDocumentsExampleRequestsAreAnswered200() {
        Answer updated = EMULATOR.api().call("UpdateCallback", SeedExamples.UPDATE);
        assertEquals(200, updated.status(), updated::toString);
        assertTrue(updated.json().at("/ResponseMetadata/Error").isMissingNode(), updated::toString);

        Answer described = EMULATOR.api().call("DescribeCallback", "{\"Vhost\":\"push.live.example.com\"}");
        assertEquals(200, described.status(), described::toString);
        JsonNode item = described.callbackList().get(0);
        assertEquals("push.live.example.com", item.path("Vhost").asText());
        assertEquals("example_app", item.path("App").asText());
        assertEquals("http://example.com/callback", item.at("/CallbackDetailList/0/URL").asText());

        Answer deleted = EMULATOR.api().call("DeleteCallback", SeedExamples.DELETE);
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals(0, EMULATOR.api().call("DescribeCallback", "{\"Vhost\":\"push.live.example.com\"}").callbackList().size());
    }

    @Test
    void theSeedDocumentsPushDomainIsAPushDomainToo() {
        Answer updated = EMULATOR.api().call("UpdateCallback", "{\"Domain\":\"push.live.example.com\",\"MessageType\":\"record\","
                + RECEIVERS + "}");
        assertEquals(200, updated.status(), updated::toString);
    }

    @Test
    void describeItemsCarryTheVhostOfTheDomainAConfigurationWasCreatedWith() {
        assertEquals(200, EMULATOR.api().call("UpdateCallback", "{\"Domain\":\"rtmp.push.example.com\",\"MessageType\":"
                + "\"push_end\"," + RECEIVERS + "}").status());

        Answer described = EMULATOR.api().call("DescribeCallback", "{\"Domain\":\"rtmp.push.example.com\"}");

        assertEquals(200, described.status(), described::toString);
        assertEquals(1, described.callbackList().size(), described::toString);
        JsonNode item = described.callbackList().get(0);
        assertEquals("push.example.com", item.path("Vhost").asText(), described::toString);
        assertFalse(item.has("Domain"), described::toString);
        assertEquals("push_end", item.path("MessageType").asText());
    }

    @Test
    void describeItemsCarryVhostForAVhostCreatedConfiguration() {
        assertEquals(200, EMULATOR.api().call("UpdateCallback", "{\"Vhost\":\"push.example.com\",\"App\":\"live\","
                + "\"MessageType\":\"push\"," + RECEIVERS + "}").status());

        JsonNode item = EMULATOR.api().call("DescribeCallback", "{\"Vhost\":\"push.example.com\",\"App\":\"live\"}")
                .callbackList().get(0);

        assertEquals("push.example.com", item.path("Vhost").asText());
        assertFalse(item.has("Domain"));
    }

    @Test
    void describeTakesDomainWithAppAndListsTheDomainsConfigurationsOfThatApp() {
        assertEquals(200, EMULATOR.api().call("UpdateCallback", "{\"Domain\":\"rtmp.push.example.com\",\"MessageType\":"
                + "\"push\"," + RECEIVERS + "}").status());

        Answer described = EMULATOR.api().call("DescribeCallback", "{\"Domain\":\"rtmp.push.example.com\",\"App\":\"live\"}");

        assertEquals(200, described.status(), described::toString);
        // Created with Domain, so without App (UpdateCallback refuses App with Domain): no App "live" to list.
        assertEquals(0, described.callbackList().size(), described::toString);
        assertEquals(1, EMULATOR.api().call("DescribeCallback", "{\"Domain\":\"rtmp.push.example.com\",\"App\":\"\"}")
                .callbackList().size());
    }

    @Test
    void updateAndDeleteRefuseDomainWithApp() {
        Answer update = EMULATOR.api().call("UpdateCallback", "{\"Domain\":\"rtmp.push.example.com\",\"App\":\"live\","
                + "\"MessageType\":\"push\"," + RECEIVERS + "}");
        assertEquals(400, update.status(), update::toString);
        assertEquals("InvalidParam.DomainAndApp", update.code());
        assertEquals("domain and app exist can not exist at the same time", update.message());

        Answer delete = EMULATOR.api().call("DeleteCallback", "{\"Domain\":\"rtmp.push.example.com\",\"App\":\"live\"}");
        assertEquals(400, delete.status(), delete::toString);
        assertEquals("InvalidParam.DomainAndApp", delete.code());
    }

    @Test
    void aConfigurationIsDeletedWithTheScopeItWasCreatedWith() {
        assertEquals(200, EMULATOR.api().call("UpdateCallback", "{\"Domain\":\"rtmp.push.example.com\",\"MessageType\":"
                + "\"push\"," + RECEIVERS + "}").status());

        Answer byVhost = EMULATOR.api().call("DeleteCallback", "{\"Vhost\":\"push.example.com\"}");
        assertEquals(404, byVhost.status(), byVhost::toString);
        assertEquals("ResourceNotFound", byVhost.code());

        assertEquals(200, EMULATOR.api().call("DeleteCallback", "{\"Domain\":\"rtmp.push.example.com\"}").status());
    }

    @Test
    void callbackTypeIsAcceptedInAnyLetterCaseAndStoredLowercase() {
        Answer updated = EMULATOR.api().call("UpdateCallback", "{\"Vhost\":\"push.example.com\",\"MessageType\":\"push\","
                + "\"CallbackDetailList\":[{\"CallbackType\":\"HTTP\",\"URL\":\"https://fn.example.com/a\"},"
                + "{\"CallbackType\":\"Http\",\"URL\":\"https://fn.example.com/b\"}]}");
        assertEquals(200, updated.status(), updated::toString);

        JsonNode details = EMULATOR.api().call("DescribeCallback", "{\"Vhost\":\"push.example.com\"}").callbackList().get(0)
                .path("CallbackDetailList");
        assertEquals("http", details.at("/0/CallbackType").asText());
        assertEquals("http", details.at("/1/CallbackType").asText());
    }

    @Test
    void unknownFieldsAreIgnoredAndAnyAuthKeyIsKept() {
        Answer updated = EMULATOR.api().call("UpdateCallback", "{\"Vhost\":\"push.example.com\",\"MessageType\":\"push\","
                + "\"Unrelated\":{\"x\":1},\"AuthEnable\":true,\"AuthKeyPrimary\":\"****abcd\"," + RECEIVERS + "}");
        assertEquals(200, updated.status(), updated::toString);

        JsonNode item = EMULATOR.api().call("DescribeCallback", "{\"Vhost\":\"push.example.com\"}").callbackList().get(0);
        assertEquals("****abcd", item.path("AuthKeyPrimary").asText());
        assertFalse(item.has("Unrelated"));
    }

    @Test
    void anUnknownVhostOrDomainIsNotFound() {
        Answer vhost = EMULATOR.api().call("DescribeCallback", "{\"Vhost\":\"live.example.com\"}");
        assertEquals(404, vhost.status(), vhost::toString);
        assertEquals("ResourceNotFound.VhostNotExist", vhost.code());
        assertEquals("vhost not found", vhost.message());

        Answer domain = EMULATOR.api().call("UpdateCallback", "{\"Domain\":\"nowhere.example.com\",\"MessageType\":\"push\","
                + RECEIVERS + "}");
        assertEquals(404, domain.status(), domain::toString);
        assertEquals("ResourceNotFound", domain.code());
    }

    @Test
    void deletingWhatIsNotThereIsNotFoundButDescribingItIsAnEmptyList() {
        Answer deleted = EMULATOR.api().call("DeleteCallback", "{\"Vhost\":\"push.example.com\",\"App\":\"none\"}");
        assertEquals(404, deleted.status(), deleted::toString);
        assertEquals("ResourceNotFound", deleted.code());

        Answer described = EMULATOR.api().call("DescribeCallback", "{\"Vhost\":\"push.example.com\",\"App\":\"none\"}");
        assertEquals(200, described.status(), described::toString);
        assertTrue(described.callbackList().isArray());
        assertEquals(0, described.callbackList().size());
    }
}
