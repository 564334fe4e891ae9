package io.github.livecallback.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import io.restassured.RestAssured;

/** Sends many invocations to the function at once, as a burst from an event bus would arrive. */
public final class Concurrently {

    private Concurrently() {
    }

    /** @param body the JSON body of invocation {@code i} */
    public static List<HttpResponse<String>> post(String path, int count, IntFunction<String> body) {
        return post(path, count, body, Map.of());
    }

    /** As {@link #post(String, int, IntFunction)}, each request also carrying {@code headers}. */
    public static List<HttpResponse<String>> post(String path, int count, IntFunction<String> body,
            Map<String, String> headers) {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            HttpClient client = HttpClient.newBuilder().executor(threads).build();
            URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.apply(i)));
                headers.forEach(request::header);
                answers.add(client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
            }
            return answers.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdownNow();
        }
    }
}
