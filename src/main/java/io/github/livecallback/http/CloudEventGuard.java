package io.github.livecallback.http;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.ErrorCodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks a CloudEvent before Funqy reads it, so that a malformed event gets a clear 4xx instead of the 500 that
 * Funqy answers for a missing attribute or data it cannot parse. It accepts CloudEvents 1.0 with JSON data, in
 * binary mode ({@code ce-*} headers, {@code Content-Type: application/json}) or structured mode
 * ({@code Content-Type: application/cloudevents+json}).
 *
 * <p>veFaaS marks the events of its triggers with {@code X-Faas-Event-Type: cloudevent}; such a request without
 * {@code ce-*} headers carries the structured event as a plain JSON body, and is read as one.
 */
@ApplicationScoped
public class CloudEventGuard {

    static final String STRUCTURED = "application/cloudevents+json";
    static final String BATCHED = "application/cloudevents-batch+json";
    static final String FAAS_EVENT_TYPE = "X-Faas-Event-Type";
    private static final List<String> REQUIRED = List.of("id", "source", "specversion", "type");
    private static final String SPEC_VERSION = "1.0";

    private final ObjectMapper mapper;

    public CloudEventGuard(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String contentType = lower(request.getHeader("Content-Type"));
        boolean binary = request.headers().names().stream().anyMatch(name -> lower(name).startsWith("ce-"));
        if (contentType.startsWith(BATCHED)) {
            context.fail(new RequestRefused(415, ErrorCodes.BIND_ERROR, "Batched CloudEvents are not supported: "
                    + "send one event per request, or one event of a batch type with Changes: [...]"));
            return;
        }
        if (!binary && !contentType.startsWith(STRUCTURED) && "cloudevent".equalsIgnoreCase(
                request.getHeader(FAAS_EVENT_TYPE)) && contentType.startsWith("application/json")) {
            request.headers().set("Content-Type", STRUCTURED);
            contentType = STRUCTURED;
        }
        try {
            if (binary) {
                checkBinary(request, contentType, context.body().buffer());
            } else if (contentType.startsWith(STRUCTURED)) {
                checkStructured(context.body().buffer());
            }
            context.next();
        } catch (RequestRefused refused) {
            context.fail(refused);
        }
    }

    private void checkBinary(HttpServerRequest request, String contentType, Buffer body) {
        for (String attribute : REQUIRED) {
            String value = request.getHeader("ce-" + attribute);
            if (value == null || value.isBlank()) {
                throw missing(attribute, "the ce-" + attribute + " header");
            }
        }
        checkVersion(request.getHeader("ce-specversion"));
        checkTime(request.getHeader("ce-time"));
        if (!contentType.startsWith("application/json")) {
            throw new RequestRefused(415, ErrorCodes.BIND_ERROR, "The data of a binary-mode CloudEvent must be JSON "
                    + "with Content-Type application/json, not '" + request.getHeader("Content-Type") + "'");
        }
        parse(body, "the event data");
    }

    private void checkStructured(Buffer body) {
        JsonNode event = parse(body, "a structured-mode CloudEvent");
        if (!event.isObject()) {
            throw new RequestRefused(400, ErrorCodes.BIND_ERROR,
                    ErrorCodes.BIND_ERROR_MESSAGE + ": a structured-mode CloudEvent must be a JSON object");
        }
        for (String attribute : REQUIRED) {
            JsonNode value = event.get(attribute);
            if (value == null || !value.isTextual() || value.textValue().isBlank()) {
                throw missing(attribute, "the \"" + attribute + "\" attribute");
            }
        }
        checkVersion(event.get("specversion").textValue());
        checkTime(event.hasNonNull("time") ? event.get("time").asText() : null);
        String dataContentType = lower(event.path("datacontenttype").asText("application/json"));
        if (event.has("data_base64") || !dataContentType.startsWith("application/json")) {
            throw new RequestRefused(415, ErrorCodes.BIND_ERROR,
                    "The data of a CloudEvent must be JSON (datacontenttype application/json), not base64 or '"
                            + dataContentType + "'");
        }
    }

    private JsonNode parse(Buffer body, String what) {
        try {
            return mapper.readTree(body == null ? new byte[0] : body.getBytes());
        } catch (IOException e) {
            throw new RequestRefused(400, ErrorCodes.BIND_ERROR,
                    ErrorCodes.BIND_ERROR_MESSAGE + ": " + what + " is not valid JSON");
        }
    }

    private static void checkVersion(String version) {
        if (!SPEC_VERSION.equals(version)) {
            throw new RequestRefused(400, ErrorCodes.OUT_OF_RANGE,
                    "CloudEvent specversion should be one of {[1.0]}, not '" + version + "'");
        }
    }

    /** The event's time orders it against other changes: one that cannot be read must not be guessed. */
    private static void checkTime(String time) {
        if (time != null && DeliveryHeaders.parseTime(time).isEmpty()) {
            throw new RequestRefused(400, ErrorCodes.FORMAT,
                    "CloudEvent attribute 'time' should be an RFC 3339 timestamp such as 2026-12-01T08:00:00Z");
        }
    }

    private static RequestRefused missing(String attribute, String where) {
        return new RequestRefused(400, ErrorCodes.MISSING_REQUEST_INFO,
                "CloudEvent attribute '" + attribute + "' is required: set " + where);
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
