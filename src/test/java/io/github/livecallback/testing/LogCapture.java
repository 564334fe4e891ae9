package io.github.livecallback.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;

import io.github.livecallback.logging.ConsoleLogFormat;
import io.github.livecallback.logging.InvocationLog;

/**
 * Captures the log lines of one category (and its children) while open: their messages, or, with
 * {@link #console()}, the lines the console writes.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> mdcs = new CopyOnWriteArrayList<>();
    private final Filter consoleFilter;
    private final Formatter consoleFormat;

    private LogCapture(String category) {
        this(category, null, null);
    }

    private LogCapture(String category, Filter consoleFilter, Formatter consoleFormat) {
        this.logger = Logger.getLogger(category);
        this.consoleFilter = consoleFilter;
        this.consoleFormat = consoleFormat;
        logger.addHandler(this);
    }

    /**
     * Every line the console writes, as the console writes it: the application's console filter and pattern, as
     * configured for the running function ({@code live-callback.log-format}), applied to every record.
     */
    public static LogCapture console() {
        Config config = ConfigProvider.getConfig();
        return new LogCapture("", new ConsoleLogFormat(config.getOptionalValue("live-callback.log-format",
                String.class).orElse("text")), new PatternFormatter(config.getValue("quarkus.log.console.format",
                        String.class)));
    }

    /** The invocation log lines. */
    public static LogCapture invocations() {
        return new LogCapture(InvocationLog.CATEGORY);
    }

    /** Every log line of the application and its libraries. */
    public static LogCapture everything() {
        return new LogCapture("");
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The MDC each captured record was logged with, in order. */
    public List<Map<String, String>> mdcs() {
        return List.copyOf(mdcs);
    }

    @Override
    public void publish(LogRecord record) {
        mdcs.add(record instanceof ExtLogRecord ext ? ext.getMdcCopy() : Map.of());
        if (consoleFormat != null) {
            if (consoleFilter.isLoggable(record)) {
                lines.addAll(consoleFormat.format(record).lines().toList());
            }
            return;
        }
        if (record instanceof ExtLogRecord ext && ext.getFormatStyle() == ExtLogRecord.FormatStyle.NO_FORMAT) {
            lines.add(ext.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown()));
            return;
        }
        String message = record.getParameters() == null || record.getParameters().length == 0 ? record.getMessage()
                : String.format(record.getMessage(), record.getParameters());
        lines.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
