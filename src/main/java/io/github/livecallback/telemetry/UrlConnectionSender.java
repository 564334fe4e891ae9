package io.github.livecallback.telemetry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.opentelemetry.exporter.internal.http.HttpSender;
import io.opentelemetry.exporter.internal.http.HttpSenderConfig;
import io.opentelemetry.exporter.internal.marshal.Marshaler;
import io.opentelemetry.sdk.common.CompletableResultCode;

/**
 * Sends an OTLP/HTTP export with the JDK's {@link HttpURLConnection}, which the native executable has anyway
 * (Micrometer's OTLP registry sends with it). OpenTelemetry's own JDK sender is built on {@code java.net.http}, which
 * adds about 1 MB of code to the executable and so about 1 MiB to the resident memory of every start, exporting or
 * not (docs/benchmark.md). One POST per export, made in the span processor's thread and not retried: a batch that a
 * collector refuses is dropped, as a full queue's spans are. The sender interface is one OpenTelemetry marks
 * internal (Quarkus' own exporter implements it too); the Quarkus BOM fixes the version it is compiled against.
 */
final class UrlConnectionSender implements HttpSender {

    private final HttpSenderConfig config;

    UrlConnectionSender(HttpSenderConfig config) {
        this.config = config;
    }

    @Override
    public void send(Marshaler export, int contentLength, Consumer<Response> onResponse,
            Consumer<Throwable> onError) {
        try {
            byte[] body = body(export, contentLength);
            HttpURLConnection connection = (HttpURLConnection) URI.create(config.getEndpoint()).toURL()
                    .openConnection();
            connection.setRequestMethod("POST");
            connection.setConnectTimeout(millis(config.getConnectTimeoutNanos()));
            connection.setReadTimeout(millis(config.getTimeoutNanos()));
            connection.setRequestProperty("Content-Type", config.getContentType());
            if (config.getCompressor() != null) {
                connection.setRequestProperty("Content-Encoding", config.getCompressor().getEncoding());
            }
            config.getHeadersSupplier().get()
                    .forEach((name, values) -> values.forEach(value -> connection.addRequestProperty(name, value)));
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            byte[] answer = readAll(status < 400 ? connection.getInputStream() : connection.getErrorStream());
            String message = connection.getResponseMessage();
            connection.disconnect();
            onResponse.accept(new Answer(status, message == null ? "" : message, answer));
        } catch (IOException | RuntimeException failed) {
            onError.accept(failed);
        }
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    private byte[] body(Marshaler export, int contentLength) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(contentLength);
        try (OutputStream out = config.getCompressor() == null ? nonClosing(bytes)
                : config.getCompressor().compress(nonClosing(bytes))) {
            if (config.getExportAsJson()) {
                export.writeJsonTo(out);
            } else {
                export.writeBinaryTo(out);
            }
        }
        return bytes.toByteArray();
    }

    private static OutputStream nonClosing(ByteArrayOutputStream bytes) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }
        };
    }

    private static byte[] readAll(InputStream in) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            return in.readAllBytes();
        }
    }

    private static int millis(long nanos) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(nanos));
    }

    private record Answer(int statusCode, String statusMessage, byte[] responseBody) implements Response {
    }
}
