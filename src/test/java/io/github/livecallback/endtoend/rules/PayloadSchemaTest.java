package io.github.livecallback.endtoend.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.github.livecallback.validation.CallbackRules;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The JSON Schemas in deployment/schemas against what the function really takes and answers: every payload the
 * schemas accept is accepted by the function, every payload they refuse is refused by it, and every answer fits the
 * response schema. Their enumerations and limits are the validator's own constants, so neither can drift.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class PayloadSchemaTest {

    private static final Path SCHEMAS = Path.of("deployment", "schemas");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> acceptedPayloads() {
        String batch = "{\"Changes\":[" + Payloads.update("live", "push", "https://fn.example.com/a")
                .replaceFirst("\\{", "{\"Action\":\"UpdateCallback\",") + ",{\"Action\":\"DescribeCallback\",\"Vhost\":\""
                + Payloads.VHOST + "\"},{\"Action\":\"DeleteCallback\",\"Vhost\":\"" + Payloads.VHOST
                + "\",\"App\":\"live\"}]}";
        return Stream.of(
                Arguments.of("/updateCallback", "update-callback.json", Payloads.update()),
                Arguments.of("/updateCallback", "update-callback.json", Payloads.updateWithAuth("live", "record", "http://10.0.0.1:8080/r")),
                Arguments.of("/updateCallback", "update-callback.json", Payloads.updateDomain("push_end", "https://fn.example.com/e")),
                Arguments.of("/updateCallback", "update-callback.json", Payloads.update("live", "snapshot", "https://fn.example.com/s")
                        .replaceFirst("\\{", "{\"DryRun\":true,")),
                Arguments.of("/describeCallback", "describe-callback.json", Payloads.target("live", null)),
                Arguments.of("/describeCallback", "describe-callback.json", "{\"Domain\":\"rtmp.push.example.com\"}"),
                Arguments.of("/describeCallback", "describe-callback.json", "{\"Domain\":\"rtmp.push.example.com\",\"App\":\"live\"}"),
                Arguments.of("/deleteCallback", "delete-callback.json", Payloads.target("live", "push")),
                Arguments.of("/deleteCallback", "delete-callback.json", Payloads.target(null, null)),
                Arguments.of("/deleteCallback", "delete-callback.json", "{\"Vhost\":\"" + Payloads.VHOST + "\",\"Domain\":\"\",\"App\":\"live\"}"),
                Arguments.of("/batch", "batch.json", batch),
                Arguments.of("/", "console.json", batch),
                Arguments.of("/", "console.json", "{\"Action\":\"DescribeCallback\",\"Vhost\":\"" + Payloads.VHOST + "\"}"));
    }

    @ParameterizedTest
    @MethodSource("acceptedPayloads")
    void whatTheSchemasAcceptTheFunctionAcceptsAndItsAnswerFits(String path, String schema, String payload)
            throws Exception {
        assertEquals(Set.of(), validate(schema, payload), payload);

        Response answer = post(path, payload);

        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(Set.of(), validate("response.json", answer.asString()), answer.asString());
    }

    static Stream<Arguments> refusedPayloads() {
        return Stream.of(
                Arguments.of("/updateCallback", "update-callback.json", "{\"Vhost\":\"v\",\"CallbackDetailList\":[{\"CallbackType\":\"http\",\"URL\":\"https://a.example.com\"}]}"),
                Arguments.of("/updateCallback", "update-callback.json", Payloads.update("live", "push", "fn.example.com/no-scheme")),
                Arguments.of("/updateCallback", "update-callback.json", Payloads.update("live", "push", "https://a.example.com").replace("\"TranscodeCallback\":0", "\"TranscodeCallback\":2")),
                Arguments.of("/updateCallback", "update-callback.json", Payloads.update("live", "push", "https://a.example.com").replace("\"TranscodeCallback\":0", "\"AuthEnable\":true")),
                Arguments.of("/updateCallback", "update-callback.json", Payloads.update("live", "push", "https://a.example.com").replace("\"CallbackType\":\"http\"", "\"CallbackType\":\"rpc\"")),
                Arguments.of("/deleteCallback", "delete-callback.json", "{\"Domain\":\"d.example.com\",\"App\":\"live\"}"),
                Arguments.of("/describeCallback", "describe-callback.json", "{\"Vhost\":\"v\",\"Domain\":\"d.example.com\"}"),
                Arguments.of("/describeCallback", "describe-callback.json", "{\"Vhost\":\"v\",\"vhost\":\"v\"}"),
                Arguments.of("/updateCallback", "update-callback.json", Payloads.updateWithAuth("live", "push", "https://a.example.com").replace(Payloads.AUTH_KEY, "****9f6a")),
                Arguments.of("/deleteCallback", "delete-callback.json", "{\"App\":\"live\"}"),
                Arguments.of("/deleteCallback", "delete-callback.json", "{\"Vhost\":\"v\",\"App\":\"" + "a".repeat(31) + "\"}"),
                Arguments.of("/deleteCallback", "delete-callback.json", "{\"Vhost\":\"v\",\"MessageType\":\"pull\"}"),
                Arguments.of("/batch", "batch.json", "{\"Changes\":[]}"),
                Arguments.of("/batch", "batch.json", "{\"Changes\":[{\"Action\":\"CreateCallback\",\"Vhost\":\"v\"}]}"),
                Arguments.of("/", "console.json", "{\"Vhost\":\"v\"}"));
    }

    @ParameterizedTest
    @MethodSource("refusedPayloads")
    void whatTheSchemasRefuseTheFunctionRefusesAndItsAnswerFits(String path, String schema, String payload)
            throws Exception {
        assertFalse(validate(schema, payload).isEmpty(), "the schema accepts " + payload);

        Response answer = post(path, payload);

        assertEquals(400, answer.statusCode(), answer.asString());
        assertEquals(Set.of(), validate("response.json", answer.asString()), answer.asString());
        assertEquals(0, Emulator.journal().size());
    }

    @Test
    void theSchemasUseTheValidatorsOwnValuesAndLimits() throws Exception {
        JsonNode target = MAPPER.readTree(SCHEMAS.resolve("callback-target.json").toFile());
        List<String> messageTypes = new ArrayList<>();
        target.at("/$defs/MessageType/enum").forEach(type -> messageTypes.add(type.asText()));
        assertEquals(CallbackRules.MESSAGE_TYPES, messageTypes);
        assertTrue(target.at("/$defs/App/pattern").asText().contains("{1," + CallbackRules.APP_MAX_LENGTH + "}"));

        JsonNode update = MAPPER.readTree(SCHEMAS.resolve("update-callback.json").toFile());
        List<Integer> transcode = new ArrayList<>();
        update.at("/properties/TranscodeCallback/enum").forEach(value -> transcode.add(value.asInt()));
        assertEquals(CallbackRules.TRANSCODE_CALLBACK_VALUES, transcode);
        java.util.regex.Pattern callbackType = java.util.regex.Pattern.compile(
                update.at("/properties/CallbackDetailList/items/properties/CallbackType/pattern").asText());
        for (String type : List.of(CallbackRules.CALLBACK_TYPE, CallbackRules.CALLBACK_TYPE.toUpperCase())) {
            assertTrue(callbackType.matcher(type).find(), type);
        }

        JsonNode batch = MAPPER.readTree(SCHEMAS.resolve("batch.json").toFile());
        assertEquals(100, batch.at("/properties/Changes/maxItems").asInt(), "live-callback.batch-max-items default");
    }

    private static Response post(String path, String payload) {
        return Invoke.json().body(payload).when().post(path);
    }

    private static Set<ValidationMessage> validate(String schema, String json) throws Exception {
        JsonSchema loaded = FACTORY.getSchema(SchemaLocation.of(SCHEMAS.resolve(schema).toAbsolutePath().toUri()
                .toString()));
        return loaded.validate(MAPPER.readTree(json));
    }
}
