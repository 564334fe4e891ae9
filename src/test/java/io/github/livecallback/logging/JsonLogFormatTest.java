package io.github.livecallback.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON form of log records, read back with Jackson: every line one valid object, every field of its type. */
class JsonLogFormatTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void anInvocationLineKeepsTheTypesOfItsFields() throws Exception {
        LogLine line = new LogLine().field("action", "UpdateCallback").field("vhost", "push.example.com")
                .field("status", 200).field("durationMs", 12L).field("item", 3).field("target", null)
                .jsonField("coldStart", true).jsonField("code", "InvalidParameter").field("attempts", 3);

        JsonNode json = parse(JsonLogFormat.render(invocationRecord(Level.WARN, line)));

        assertEquals("UpdateCallback", json.get("action").textValue());
        assertTrue(json.get("status").isIntegralNumber(), json.toString());
        assertEquals(200, json.get("status").intValue());
        assertTrue(json.get("durationMs").isIntegralNumber(), json.toString());
        assertEquals(3, json.get("item").intValue());
        assertTrue(json.get("attempts").isIntegralNumber(), json.toString());
        assertTrue(json.get("target").isNull(), json.toString());
        assertTrue(json.get("coldStart").isBoolean() && json.get("coldStart").booleanValue(), json.toString());
        assertEquals("InvalidParameter", json.get("code").textValue());
        assertEquals("WARN", json.get("level").textValue());
        assertEquals(InvocationLog.CATEGORY, json.get("logger").textValue());
        assertEquals(line.toString(), json.get("message").textValue(), "the message is the text line");
        assertFalse(json.get("message").textValue().contains("coldStart"), "JSON-only fields stay out of the text");
        assertTrue(json.get("message").textValue().contains("attempts=3"), json.toString());
    }

    @Test
    void everyLineHasTheStandardFields() throws Exception {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "Store: %s", ExtLogRecord.FormatStyle.PRINTF, "test");
        record.setParameters(new Object[] { "memory" });
        record.setLoggerName("io.github.livecallback.store.StoreProducer");

        JsonNode json = parse(JsonLogFormat.render(record));

        assertEquals("Store: memory", json.get("message").textValue());
        assertEquals("INFO", json.get("level").textValue());
        assertEquals("io.github.livecallback.store.StoreProducer", json.get("logger").textValue());
        assertEquals(Thread.currentThread().getName(), json.get("thread").textValue());
        String timestamp = json.get("timestamp").textValue();
        assertTrue(timestamp.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), timestamp);
        assertEquals(record.getInstant().toEpochMilli(), Instant.parse(timestamp).toEpochMilli());
    }

    @Test
    void theLevelsOfJavaUtilLoggingGetJBossNames() throws Exception {
        ExtLogRecord record = new ExtLogRecord(java.util.logging.Level.WARNING, "careful", "test");
        assertEquals("WARN", parse(JsonLogFormat.render(record)).get("level").textValue());
        record.setLevel(java.util.logging.Level.SEVERE);
        assertEquals("ERROR", parse(JsonLogFormat.render(record)).get("level").textValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\nb", "a\rb", "a\u2028b", "a\u2029b", "a\u0085b", "a\u202eb", "a\u200bb", "a\"b",
            "a\\b", "a\u0000b", "a\u007fb", "x\"} {\"status\":200" })
    void noValueCanEndTheLineOrAddAField(String value) throws Exception {
        String rendered = JsonLogFormat.render(invocationRecord(Level.INFO,
                new LogLine().field("vhost", value).field("status", 400)));

        assertTrue(rendered.chars().allMatch(c -> c >= 0x20 && c < 0x7f), rendered);
        JsonNode json = parse(rendered);
        assertEquals(value, json.get("vhost").textValue());
        assertEquals(400, json.get("status").intValue());
    }

    @Test
    void otherCharactersAreWrittenAsTheyAre() {
        String rendered = JsonLogFormat.render(invocationRecord(Level.INFO,
                new LogLine().field("message", "ignored").field("vhost", "直播.example.com")));

        assertTrue(rendered.contains("\"vhost\":\"直播.example.com\""), rendered);
    }

    @Test
    void longValuesAreCutAsInText() throws Exception {
        JsonNode json = parse(JsonLogFormat.render(invocationRecord(Level.INFO,
                new LogLine().field("vhost", "v".repeat(256 * 1024)))));

        assertEquals("v".repeat(LogLine.MAX_VALUE_LENGTH) + "...(+" + (256 * 1024 - LogLine.MAX_VALUE_LENGTH) + ")",
                json.get("vhost").textValue());
    }

    @Test
    void aFieldCanNotReplaceAStandardOne() throws Exception {
        JsonNode json = parse(JsonLogFormat.render(invocationRecord(Level.INFO,
                new LogLine().field("level", "FATAL").field("message", "forged").field("outcome", "ok"))));

        assertEquals("INFO", json.get("level").textValue());
        assertEquals("level=FATAL message=forged outcome=ok", json.get("message").textValue());
    }

    @Test
    void theCorrelationIdOfTheMdcIsAFieldOfEveryLine() throws Exception {
        JsonNode during;
        try (Correlation correlation = Correlation.of("faas-req-7", null, null)) {
            during = parse(JsonLogFormat.render(new ExtLogRecord(Level.WARN, "Redis store unavailable", "test")));
        }
        JsonNode after = parse(JsonLogFormat.render(new ExtLogRecord(Level.WARN, "later", "test")));

        assertEquals("faas-req-7", during.get("correlationId").textValue());
        assertFalse(during.has("traceId"), "no trace, no trace id: " + during);
        assertFalse(after.has("correlationId"), after.toString());
    }

    @Test
    void theTraceAndSpanIdsAreFieldsWhileTheInvocationIsHandledAndWhatWasThereBeforeComesBack() throws Exception {
        JsonNode nested;
        JsonNode outer;
        try (Correlation batch = Correlation.of("faas-req-8", "4bf92f3577b34da6a3ce929d0e0e4736", null)) {
            try (Correlation item = Correlation.of("faas-req-8", "4bf92f3577b34da6a3ce929d0e0e4736",
                    "00f067aa0ba902b7")) {
                nested = parse(JsonLogFormat.render(new ExtLogRecord(Level.INFO, "inside", "test")));
            }
            outer = parse(JsonLogFormat.render(new ExtLogRecord(Level.INFO, "outside", "test")));
        }
        JsonNode after = parse(JsonLogFormat.render(new ExtLogRecord(Level.INFO, "after", "test")));

        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", nested.get("traceId").textValue());
        assertEquals("00f067aa0ba902b7", nested.get("spanId").textValue());
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", outer.get("traceId").textValue());
        assertFalse(outer.has("spanId"), outer.toString());
        assertFalse(after.has("traceId") || after.has("spanId") || after.has("correlationId"), after.toString());
    }

    @Test
    void anExceptionIsOneFieldOfTheLineWithItsStackTrace() throws Exception {
        ExtLogRecord record = new ExtLogRecord(Level.ERROR, "Invocation %s failed unexpectedly",
                ExtLogRecord.FormatStyle.PRINTF, "test");
        record.setParameters(new Object[] { "req-1" });
        record.setThrown(new IllegalStateException("boom", new IllegalArgumentException("cause")));

        String rendered = JsonLogFormat.render(record);

        assertFalse(rendered.contains("\n"), rendered);
        JsonNode json = parse(rendered);
        String exception = json.get("exception").textValue();
        assertTrue(exception.startsWith("java.lang.IllegalStateException: boom\n\tat "), exception);
        assertTrue(exception.contains("Caused by: java.lang.IllegalArgumentException: cause"), exception);
        assertEquals("Invocation req-1 failed unexpectedly", json.get("message").textValue());
    }

    @Test
    void theConsoleFilterTurnsEachRecordIntoOneJsonLineOnce() throws Exception {
        ConsoleLogFormat filter = new ConsoleLogFormat("json");
        PatternFormatter console = new PatternFormatter("%s%n");
        List<String> lines = new ArrayList<>();
        ExtLogRecord failure = new ExtLogRecord(Level.ERROR, "failed", "test");
        failure.setThrown(new IllegalStateException("boom"));
        ExtLogRecord invocation = invocationRecord(Level.INFO, new LogLine().field("status", 200));
        for (ExtLogRecord record : List.of(failure, invocation)) {
            assertTrue(filter.isLoggable(record));
            String once = console.format(record);
            assertTrue(filter.isLoggable(record), "a record may pass the filter again");
            assertEquals(once, console.format(record), "and is rendered once");
            lines.addAll(once.lines().toList());
        }

        assertEquals(2, lines.size(), lines.toString());
        assertTrue(parse(lines.get(0)).get("exception").textValue().contains("IllegalStateException: boom"));
        assertEquals(200, parse(lines.get(1)).get("status").intValue());
    }

    @Test
    void theTextFormatLeavesRecordsAsTheyAre() {
        ExtLogRecord record = invocationRecord(Level.INFO, new LogLine().field("status", 200));

        assertTrue(new ConsoleLogFormat("text").isLoggable(record));

        assertEquals("%s", record.getMessage());
        assertEquals("status=200", record.getFormattedMessage());
        assertNotNull(record.getParameters());
        assertSame(ExtLogRecord.FormatStyle.PRINTF, record.getFormatStyle());
    }

    /** A record as {@link InvocationLog} writes it. */
    private static ExtLogRecord invocationRecord(java.util.logging.Level level, LogLine line) {
        ExtLogRecord record = new ExtLogRecord(level, "%s", ExtLogRecord.FormatStyle.PRINTF, "test");
        record.setParameters(new Object[] { line });
        record.setLoggerName(InvocationLog.CATEGORY);
        return record;
    }

    private static JsonNode parse(String line) throws Exception {
        JsonNode json = MAPPER.readTree(line);
        assertTrue(json.isObject(), line);
        return json;
    }
}
