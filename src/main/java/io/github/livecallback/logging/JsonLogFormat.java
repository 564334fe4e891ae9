package io.github.livecallback.logging;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Writes a log record as one line of JSON: {@code timestamp} (ISO-8601, UTC, milliseconds), {@code level},
 * {@code logger}, {@code thread}, {@code message}, then the fields of a {@link LogLine} with their own types (the
 * invocation log), then the MDC's entries (the {@code correlationId} of the invocation being handled), then the
 * {@code exception}, stack trace included, as one string.
 *
 * <p>Every string escapes what {@link LogLine} escapes in text (controls, line and paragraph separators, formatting
 * characters), so a value can neither end the line nor disguise it; other characters are written as they are. Written
 * with Jackson's streaming generator, without reflection, so the native executable needs no registration.
 */
public final class JsonLogFormat {

    /** The fields every line has; a {@link LogLine} field or an MDC entry of the same name is left out. */
    static final Set<String> STANDARD_FIELDS = Set.of("timestamp", "level", "logger", "thread", "message",
            "exception");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);
    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new LineSafeEscapes());

    private JsonLogFormat() {
    }

    /** The record as one line of JSON, without the line's end. */
    public static String render(LogRecord record) {
        ExtLogRecord ext = record instanceof ExtLogRecord extended ? extended : null;
        LogLine line = logLine(record);
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("timestamp", TIMESTAMP.format(record.getInstant()));
            json.writeStringField("level", level(record.getLevel()));
            json.writeStringField("logger", record.getLoggerName());
            json.writeStringField("thread", ext != null ? ext.getThreadName() : Thread.currentThread().getName());
            json.writeStringField("message", line != null ? line.toString() : message(record, ext));
            Map<String, Object> fields = line == null ? Map.of() : line.fields();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                if (!STANDARD_FIELDS.contains(field.getKey())) {
                    json.writeFieldName(field.getKey());
                    write(json, field.getValue());
                }
            }
            Map<String, String> mdc = ext != null ? ext.getMdcCopy() : Map.of();
            for (Map.Entry<String, String> entry : mdc.entrySet()) {
                if (!STANDARD_FIELDS.contains(entry.getKey()) && !fields.containsKey(entry.getKey())) {
                    json.writeStringField(entry.getKey(), entry.getValue());
                }
            }
            if (record.getThrown() != null) {
                json.writeStringField("exception", stackTrace(record.getThrown()));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** The invocation log's line: {@link InvocationLog} passes it as the one parameter of {@code "%s"}. */
    private static LogLine logLine(LogRecord record) {
        Object[] parameters = record.getParameters();
        return parameters != null && parameters.length == 1 && parameters[0] instanceof LogLine line ? line : null;
    }

    private static String message(LogRecord record, ExtLogRecord ext) {
        if (ext != null) {
            return ext.getFormattedMessage();
        }
        return record.getParameters() == null || record.getParameters().length == 0 ? record.getMessage()
                : new java.util.logging.SimpleFormatter().formatMessage(record);
    }

    /** JBoss Logging's level names, also for records logged with java.util.logging's levels. */
    private static String level(Level level) {
        int value = level.intValue();
        return value >= 1100 ? "FATAL" : value >= 1000 ? "ERROR" : value >= 900 ? "WARN" : value >= 800 ? "INFO"
                : value >= 500 ? "DEBUG" : "TRACE";
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigInteger integer) {
            json.writeNumber(integer);
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            json.writeNumber(number.doubleValue());
        } else {
            json.writeString(value.toString());
        }
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter trace = new StringWriter();
        try (PrintWriter writer = new PrintWriter(trace)) {
            thrown.printStackTrace(writer);
        }
        return trace.toString().stripTrailing();
    }

    /** JSON's own escapes, plus DEL and every character {@link LogLine#mustEscape} names, as {@code \\uXXXX}. */
    private static final class LineSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        LineSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return LogLine.mustEscape(c) ? new SerializedString(String.format("\\u%04x", c)) : null;
        }
    }
}
