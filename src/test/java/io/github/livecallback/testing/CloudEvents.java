package io.github.livecallback.testing;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.jackson.JsonFormat;
import io.restassured.response.Response;

/**
 * A CloudEvents client made of the CloudEvents Java SDK: events are written and answers read by the SDK's HTTP
 * binding, in binary or structured mode, and sent over HTTP with REST Assured.
 */
public final class CloudEvents {

    public enum Mode {
        BINARY, STRUCTURED
    }

    /** What the function answered: the HTTP status, the answer as a CloudEvent, and its data. */
    public record Answer(int status, Map<String, String> headers, CloudEvent event, JsonNode data) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CloudEvents() {
    }

    public static CloudEvent event(String id, String type, String json) {
        return CloudEventBuilder.v1().withId(id).withSource(URI.create("/tests/live-callback")).withType(type)
                .withDataContentType("application/json").withData(json.getBytes(StandardCharsets.UTF_8)).build();
    }

    /** An event that says when its change was made, as a bus that orders by it would read. */
    public static CloudEvent event(String id, String type, String json, java.time.Instant time) {
        return CloudEventBuilder.v1(event(id, type, json)).withTime(time.atOffset(java.time.ZoneOffset.UTC)).build();
    }

    public static Answer send(CloudEvent event, Mode mode) {
        return send(event, mode, Map.of());
    }

    public static Answer send(CloudEvent event, Mode mode, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(extraHeaders);
        AtomicReference<byte[]> body = new AtomicReference<>();
        var writer = HttpMessageFactory.createWriter(headers::put, body::set);
        if (mode == Mode.BINARY) {
            writer.writeBinary(event);
        } else {
            writer.writeStructured(event, JsonFormat.CONTENT_TYPE);
        }
        Response response = given().headers(headers).body(body.get()).when().post("/");
        return read(response);
    }

    /** Reads the answer with the SDK; a refusal before any function ran is plain JSON, not an event. */
    public static Answer read(Response response) {
        Map<String, String> headers = new HashMap<>();
        response.headers().forEach(header -> headers.put(header.getName(), header.getValue()));
        byte[] body = response.asByteArray();
        boolean isEvent = headers.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("ce-id"))
                || String.valueOf(response.contentType()).startsWith("application/cloudevents+json");
        CloudEvent answer = isEvent ? HttpMessageFactory.createReader(headers, body).toEvent() : null;
        try {
            JsonNode data = MAPPER.readTree(answer == null ? body : answer.getData().toBytes());
            return new Answer(response.statusCode(), headers, answer, data);
        } catch (java.io.IOException e) {
            throw new AssertionError("the answer is not JSON: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }
}
