package io.github.livecallback.logging;

import java.util.Locale;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * The log's format ({@code live-callback.log-format}): with {@code json}, every record the console (or the file log)
 * writes is turned into its {@link JsonLogFormat JSON line} here, before the handler's pattern formats it; the pattern
 * then is {@code %s%n}, the message alone (application.properties picks it by the same property). With {@code text}
 * records pass unchanged. The record's exception goes into the JSON and is taken off the record, so that no stack
 * trace can follow the line whatever the pattern.
 *
 * <p>A filter rather than a formatter because Quarkus lets an application name a handler's filter
 * ({@code quarkus.log.console.filter}) but not its formatter without an extension. Handlers share a record, so the
 * record is rendered once, by whichever handler's filter sees it first, and every handler with this filter and the
 * JSON pattern writes the same line.
 */
@LoggingFilter(name = ConsoleLogFormat.NAME)
public final class ConsoleLogFormat implements Filter {

    public static final String NAME = "live-callback-log-format";
    /** Marks a record already rendered, for a record that passes through this filter twice. */
    private static final Object RENDERED = new Object();

    private final boolean json;

    public ConsoleLogFormat(@ConfigProperty(name = "live-callback.log-format", defaultValue = "text") String format) {
        this.json = "json".equals(format.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (!json) {
            return true;
        }
        if (record instanceof ExtLogRecord ext) {
            if (ext.getMarker() != RENDERED) {
                ext.setMessage(renderSafely(record), ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
                ext.setThrown(null);
                ext.setMarker(RENDERED);
            }
        } else {
            record.setMessage(renderSafely(record));
            record.setParameters(null);
            record.setThrown(null);
        }
        return true;
    }

    private static String renderSafely(LogRecord record) {
        try {
            return JsonLogFormat.render(record);
        } catch (RuntimeException unrenderable) {
            return "{\"level\":\"ERROR\",\"logger\":\"" + ConsoleLogFormat.class.getName()
                    + "\",\"message\":\"a log record could not be written as JSON: "
                    + unrenderable.getClass().getName() + "\"}";
        }
    }
}
