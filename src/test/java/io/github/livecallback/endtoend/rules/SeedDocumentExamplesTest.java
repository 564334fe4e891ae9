package io.github.livecallback.endtoend.rules;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.SeedExamples;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The example requests of the API documents (UpdateCallback.zh.txt and DeleteCallback.zh.txt, 请求示例), byte for
 * byte, sent through the function to the emulator, and answered as the documents' 返回示例 show: the envelope's
 * metadata for the action, without an error.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class SeedDocumentExamplesTest {

    @Test
    void theDocumentsExampleRequestsAreAnsweredAsTheyShow() {

        answer("/updateCallback", SeedExamples.UPDATE, "UpdateCallback");
        answer("/deleteCallback", SeedExamples.DELETE, "DeleteCallback").body("Result", nullValue());

        assertEquals(List.of(
                "{\"Vhost\":\"push.live.example.com\",\"App\":\"example_app\",\"MessageType\":\"push\","
                        + "\"TranscodeCallback\":0,\"CallbackDetailList\":[{\"CallbackType\":\"http\","
                        + "\"URL\":\"http://example.com/callback\"}]}",
                "{\"Vhost\":\"push.live.example.com\",\"App\":\"example_app\",\"MessageType\":\"push\"}"),
                Emulator.journal().stream().map(entry -> entry.get("body")).toList(),
                "what was sent: the example's fields, the empty Domain left out");
    }

    private static ValidatableResponse answer(String path, String example, String action) {
        return Invoke.post(path, example)
                .statusCode(200)
                .body("ResponseMetadata.RequestId", matchesPattern("[0-9A-F]{32}"))
                .body("ResponseMetadata.Action", equalTo(action))
                .body("ResponseMetadata.Version", equalTo("2023-01-01"))
                .body("ResponseMetadata.Service", equalTo("live"))
                .body("ResponseMetadata.Region", equalTo("cn-north-1"))
                .body("ResponseMetadata.Error", nullValue());
    }
}
