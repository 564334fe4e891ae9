package io.github.livecallback.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The running emulator's test API, as the function's tests use it. */
public final class Emulator {

    private Emulator() {
    }

    public static String url() {
        return ConfigProvider.getConfig().getValue("volc.live.endpoint", String.class);
    }

    public static void reset() {
        given().baseUri(url()).post("/_emulator/reset").then().statusCode(204);
    }

    /** Every API request the emulator received since the last reset, oldest first. */
    public static List<Map<String, Object>> journal() {
        return JsonPath.from(given().baseUri(url()).get("/_emulator/journal").then().statusCode(200).extract()
                .asString()).getList("$");
    }

    /** The next {@code times} requests of any action get this error. */
    public static void fail(int times, int status, String code) {
        fail("*", times, status, code);
    }

    /** The next {@code times} requests of this action get this error. */
    public static void fail(String action, int times, int status, String code) {
        given().baseUri(url()).contentType(ContentType.JSON)
                .body(Map.of("Action", action, "Times", times, "Status", status, "Code", code,
                        "Message", "injected " + code))
                .post("/_emulator/faults").then().statusCode(204);
    }
}
