package io.github.livecallback.testing;

import static io.restassured.RestAssured.given;

import io.github.livecallback.client.InvocationCredentials;
import io.github.livecallback.emulator.EmulatorAccount;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Invokes the function under test over HTTP with a JSON body, as every caller does; the assertions stay in the test. */
public final class Invoke {

    private Invoke() {
    }

    /** POSTs {@code body} (a JSON string, or an object REST Assured serializes) to {@code path}. */
    public static ValidatableResponse post(String path, Object body) {
        return json().body(body).when().post(path).then();
    }

    /** A request with {@code Content-Type: application/json}, for a test that adds headers before the body. */
    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    /** A JSON request carrying {@code account} as veFaaS passes a function role's credentials, in X-Faas-* headers. */
    public static RequestSpecification asRole(EmulatorAccount account) {
        RequestSpecification request = json()
                .header(InvocationCredentials.ACCESS_KEY_HEADER, account.accessKeyId())
                .header(InvocationCredentials.SECRET_KEY_HEADER, account.secretKey());
        return account.sessionToken() == null ? request : request.header(InvocationCredentials.SESSION_TOKEN_HEADER,
                account.sessionToken());
    }
}
