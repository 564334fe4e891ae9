package io.github.livecallback.endtoend.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.emulator.LiveApiEmulator;
import io.github.livecallback.testing.PackagedFunction;
import io.github.livecallback.testing.Payloads;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Throws thousands of malformed payloads at every entry point of the packaged function: wrong types, nulls, missing
 * and extra fields, huge strings and arrays, deep nesting, invalid UTF-8, bodies that are not JSON, oversized
 * bodies, and broken CloudEvents. Each must be answered with a 4xx and a documented error code, none with a 5xx,
 * and none may reach the API. Prints how many of each status and code it saw.
 */
class MalformedInputIT {

    private static final Set<String> DOCUMENTED_CODES = Set.of("InvalidParam", "InvalidParam.BindError",
            "InvalidParam.Format", "InvalidParam.OutOfRange", "InvalidParam.DomainAndApp", "InvalidParam.Empty",
            "MissingRequestInfo", "InvalidActionOrVersion");
    private static final String[] FUNCTIONS = { "/updateCallback", "/deleteCallback", "/describeCallback", "/batch",
            "/" };
    private static final String VALID_UPDATE = "{\"Vhost\":\"push.example.com\",\"App\":\"live\",\"MessageType\":"
            + "\"push\",\"CallbackDetailList\":[{\"CallbackType\":\"http\",\"URL\":\"https://fn.example.com/cb\"}]}";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();

    private static LiveApiEmulator emulator;
    private static PackagedFunction function;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeContainer
    static void start() throws Exception {
        emulator = LiveApiEmulator.start(0, EmulatorAccount.demoAccounts());
        function = PackagedFunction.start(Map.of("VOLC_LIVE_ENDPOINT", emulator.endpoint().toString(),
                "VOLC_ACCESSKEY", EmulatorAccount.DEMO.accessKeyId(), "VOLC_SECRETKEY", EmulatorAccount.DEMO.secretKey()));
    }

    @AfterContainer
    static void stop() throws Exception {
        try {
            int upstream = HTTP.send(HttpRequest.newBuilder(emulator.endpoint().resolve("/_emulator/journal")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().split("\"action\"").length - 1;
            System.out.println("[malformed input] answers by status and code: " + new java.util.TreeMap<>(SEEN)
                    + "; upstream requests: " + upstream);
            assertEquals(0, upstream, "no malformed input may reach the API");
        } finally {
            function.close();
            emulator.close();
        }
    }

    @Property(tries = 500)
    void aTargetFieldOfTheWrongTypeIsRefusedEverywhere(
            @ForAll("targetFieldsOfTheWrongType") Map.Entry<String, String> field, @ForAll("functions") String path) {
        assertRefused(post(path, "application/json", withField(field)));
    }

    @Property(tries = 300)
    void anUpdateFieldOfTheWrongTypeIsRefused(@ForAll("updateFieldsOfTheWrongType") Map.Entry<String, String> field) {
        assertRefused(post("/updateCallback", "application/json", withField(field)));
    }

    @Property(tries = 200)
    void aDispatchFieldOfTheWrongTypeIsRefused(@ForAll("dispatchFieldsOfTheWrongType") Map.Entry<String, String> field) {
        assertRefused(post(field.getKey().equals("Action") ? "/" : "/batch", "application/json", withField(field)));
    }

    @Property(tries = 500)
    void aPayloadMissingWhatItNeedsIsRefused(@ForAll("incompletePayloads") String body, @ForAll("functions") String path) {
        assertRefused(post(path, "application/json", body.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 500)
    void bytesThatAreNotJsonAreRefused(@ForAll("garbage") byte[] body, @ForAll("functions") String path) {
        assertRefused(post(path, "application/json", body));
    }

    @Property(tries = 200)
    void hugeStringsAndArraysAreRefused(@ForAll("huge") String body, @ForAll("functions") String path) {
        assertRefused(post(path, "application/json", body.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 100)
    void deepNestingIsRefused(@ForAll("depths") int depth, @ForAll("functions") String path) {
        String body = "{\"Vhost\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        assertRefused(post(path, "application/json", body.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 400)
    void brokenCloudEventsAreRefused(@ForAll("cloudEventHeaders") Map<String, String> headers,
            @ForAll("incompletePayloads") String data) {
        HttpRequest.Builder request = HttpRequest.newBuilder(function.uri("/"))
                .POST(HttpRequest.BodyPublishers.ofString(data));
        headers.forEach(request::header);
        assertRefused(send(request.build()));
    }

    @Property(tries = 300)
    void brokenStructuredCloudEventsAreRefused(@ForAll("structuredEvents") String event) {
        assertRefused(post("/", "application/cloudevents+json", event.getBytes(StandardCharsets.UTF_8)));
    }

    /** No body at all: neither Content-Length nor Transfer-Encoding, as {@code curl -X POST} sends it. */
    @Property(tries = 60)
    void aRequestWithoutAnyBodyIsRefusedEverywhere(@ForAll("functions") String path,
            @ForAll("contentTypesOrNone") String contentType, @ForAll boolean binaryCloudEvent) throws Exception {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (!contentType.isEmpty()) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (binaryCloudEvent) {
            head.append("ce-id: no-body-1\r\nce-source: /fuzz\r\nce-specversion: 1.0\r\n")
                    .append("ce-type: live.callback.describe\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", function.uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            assertRefused(status, answer.substring(answer.indexOf("\r\n\r\n") + 4));
        }
    }

    @Property(tries = 20)
    void anOversizedBodyIsRefused(@ForAll("oversized") int kibibytes, @ForAll("functions") String path) {
        String body = "{\"Vhost\":\"" + "v".repeat(kibibytes * 1024) + "\"}";
        HttpResponse<String> answer = post(path, "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(413, answer.statusCode(), answer.body());
        count(answer.statusCode(), answer.body());
    }

    @Provide
    Arbitrary<String> contentTypesOrNone() {
        return Arbitraries.of("", "application/json", "application/cloudevents+json", "text/plain",
                "application/cloudevents-batch+json", "application/x-www-form-urlencoded");
    }

    @Provide
    Arbitrary<String> functions() {
        return Arbitraries.of(FUNCTIONS);
    }

    @Provide
    Arbitrary<Map.Entry<String, String>> targetFieldsOfTheWrongType() {
        return ofTheWrongType(Arbitraries.of("Vhost", "Domain", "App", "MessageType"));
    }

    @Provide
    Arbitrary<Map.Entry<String, String>> updateFieldsOfTheWrongType() {
        return ofTheWrongType(Arbitraries.of("TranscodeCallback", "AuthEnable", "CallbackDetailList", "AuthKeyPrimary",
                "DryRun"));
    }

    @Provide
    Arbitrary<Map.Entry<String, String>> dispatchFieldsOfTheWrongType() {
        return ofTheWrongType(Arbitraries.of("Action", "Changes"));
    }

    private static Arbitrary<Map.Entry<String, String>> ofTheWrongType(Arbitrary<String> field) {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "1.5"),
                Arbitraries.of("true", "false", "{}", "[1,2]", "[\"a\"]", "{\"x\":null}"),
                Arbitraries.strings().ofMaxLength(20).map(Payloads::quoted));
        return Combinators.combine(field, value).as(Map::entry).filter(MalformedInputIT::isWrongType);
    }

    @Provide
    Arbitrary<String> incompletePayloads() {
        Arbitrary<String> noTarget = Arbitraries.of("{}", "{\"MessageType\":\"push\"}", "{\"App\":\"live\"}",
                "{\"Vhost\":\"\",\"Domain\":\"\"}", "{\"Vhost\":null}", "{\"Action\":\"DeleteCallback\"}",
                "{\"Changes\":[]}", "{\"Changes\":null,\"Action\":null}", "[]", "null", "\"push\"", "42");
        Arbitrary<String> badValues = Combinators.combine(
                Arbitraries.strings().withChars("ab _/:?#%\u0000\u202e\uD83D\uDE00").ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("App", "MessageType", "Action")).as((text, field) -> "{\"Domain\":\"d.example.com\","
                        + "\"App\":\"live\",\"" + field + "\":" + Payloads.quoted(text) + ",\"Extra\":{\"x\":[1,{}]}}");
        return Arbitraries.oneOf(noTarget, badValues);
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        Arbitrary<byte[]> invalidUtf8 = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64)
                .map(bytes -> {
                    byte[] withBadSequence = new byte[bytes.length + 12];
                    byte[] prefix = "{\"Vhost\":\"".getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(prefix, 0, withBadSequence, 0, prefix.length);
                    withBadSequence[prefix.length] = (byte) 0xC3;
                    withBadSequence[prefix.length + 1] = (byte) 0x28;
                    System.arraycopy(bytes, 0, withBadSequence, prefix.length + 2, Math.min(bytes.length, 10));
                    return withBadSequence;
                });
        Arbitrary<byte[]> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(200)
                .filter(s -> !isJson(s)).map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(invalidUtf8, text, Arbitraries.of("{\"Vhost\":", "{'Vhost':'v'}", "{,}", "\u0000")
                .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    /** Too long an App, with huge arrays of broken receivers and broken changes: refused by every entry point. */
    @Provide
    Arbitrary<String> huge() {
        return Combinators.combine(Arbitraries.integers().between(31, 60_000), Arbitraries.integers().between(0, 4000))
                .as((length, items) -> "{\"Vhost\":\"push.example.com\",\"MessageType\":\"push\",\"App\":\""
                        + "a".repeat(length) + "\",\"CallbackDetailList\":["
                        + "{\"CallbackType\":\"http\",\"URL\":\"x\"},".repeat(items) + "{}],\"Changes\":["
                        + "{\"Action\":\"Nope\"},".repeat(items) + "1]}");
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.integers().between(2, 20_000);
    }

    @Provide
    Arbitrary<Integer> oversized() {
        return Arbitraries.integers().between(257, 2048);
    }

    @Provide
    Arbitrary<Map<String, String>> cloudEventHeaders() {
        Arbitrary<String> type = Arbitraries.of("live.callback.update", "live.callback.delete", "live.callback.batch",
                "unknown.type", "");
        Arbitrary<String> version = Arbitraries.of("1.0", "0.3", "2.0", "");
        Arbitrary<String> contentType = Arbitraries.of("application/json", "text/plain", "application/xml");
        Arbitrary<Set<String>> dropped = Arbitraries.subsetOf("ce-id", "ce-source", "ce-specversion", "ce-type");
        // Each event its own id: one id with many payloads is a reused idempotency key, refused as such (409).
        Arbitrary<String> id = Arbitraries.create(() -> "fuzz-" + java.util.UUID.randomUUID());
        return Combinators.combine(id, type, version, contentType, dropped).as((i, t, v, c, drop) -> {
            Map<String, String> headers = new java.util.HashMap<>(Map.of("ce-id", i, "ce-source", "/fuzz",
                    "ce-specversion", v.isEmpty() ? "1.0" : v, "ce-type", t.isEmpty() ? "live.callback.update" : t,
                    "Content-Type", c));
            drop.forEach(headers::remove);
            return headers;
        });
    }

    @Provide
    Arbitrary<String> structuredEvents() {
        Arbitrary<String> attributes = Arbitraries.subsetOf("\"id\":\"e1\"", "\"source\":\"/fuzz\"",
                "\"specversion\":\"1.0\"", "\"type\":\"live.callback.update\"", "\"specversion\":3",
                "\"type\":\"nope\"", "\"data_base64\":\"e30=\"", "\"datacontenttype\":\"text/plain\"",
                "\"id\":null").map(set -> String.join(",", set));
        Arbitrary<String> id = Arbitraries.create(() -> "fuzz-" + java.util.UUID.randomUUID());
        return Combinators.combine(attributes, incompletePayloads(), id)
                .as((attrs, data, i) -> "{" + attrs.replace("\"e1\"", "\"" + i + "\"")
                        + (attrs.isEmpty() ? "" : ",") + "\"data\":" + data + "}");
    }

    /** A valid update with this field set to this value (and any other value of the field renamed away). */
    private static byte[] withField(Map.Entry<String, String> field) {
        return VALID_UPDATE.replace("\"" + field.getKey() + "\":", "\"Former" + field.getKey() + "\":")
                .replaceFirst("\\{", "{\"" + field.getKey() + "\":" + field.getValue() + ",")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isWrongType(Map.Entry<String, String> field) {
        String value = field.getValue();
        boolean isString = value.startsWith("\"");
        boolean isInteger = value.matches("-?\\d+");
        boolean isBoolean = value.equals("true") || value.equals("false");
        return switch (field.getKey()) {
            case "TranscodeCallback" -> !isInteger || !(value.equals("0") || value.equals("1"));
            case "AuthEnable" -> !isBoolean;
            case "DryRun" -> !isBoolean && !value.equals("null");
            case "CallbackDetailList", "Changes" -> !value.startsWith("[") || !value.contains("{");
            default -> !isString;
        };
    }

    private static boolean isJson(String text) {
        try {
            MAPPER.readTree(text);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(function.uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("no answer to " + request.uri(), e);
        }
    }

    private static void assertRefused(HttpResponse<String> answer) {
        assertRefused(answer.statusCode(), answer.body());
    }

    private static void assertRefused(int status, String body) {
        assertTrue(status >= 400 && status < 500, () -> "expected a 4xx, got " + status + ": " + body);
        JsonNode error;
        try {
            JsonNode envelope = MAPPER.readTree(body);
            error = envelope.at("/ResponseMetadata/Error");
            if (error.isMissingNode()) {
                error = envelope.at("/data/ResponseMetadata/Error");
            }
        } catch (Exception e) {
            throw new AssertionError("the answer is not the API's envelope: " + body, e);
        }
        String code = error.path("Code").asText();
        assertTrue(DOCUMENTED_CODES.contains(code) || code.startsWith("InvalidParam"),
                () -> "undocumented code in " + body);
        count(status, body);
    }

    private static void count(int status, String body) {
        String code;
        try {
            JsonNode envelope = MAPPER.readTree(body);
            JsonNode error = envelope.at("/ResponseMetadata/Error/Code");
            code = error.isMissingNode() ? envelope.at("/data/ResponseMetadata/Error/Code").asText() : error.asText();
        } catch (Exception e) {
            code = "?";
        }
        SEEN.computeIfAbsent(status + " " + code, key -> new AtomicInteger()).incrementAndGet();
    }
}
