package io.github.livecallback.endtoend.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

import io.github.livecallback.emulator.SignedApi;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * One table of rule cases, each run against the function (through HTTP, so that nothing is sent when it refuses),
 * the emulator (signed and sent straight to it) and the published JSON Schema. A case names the code each must
 * answer, or OK; the three disagreeing on any case fails the build. The function's own guards (a masked key, an
 * unknown field) are not rules of the API: the emulator, like the API, accepts those payloads and the function and
 * the schema refuse them.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class RuleAgreementTest {

    private static final String OK = "OK";
    private static final Path SCHEMAS = Path.of("deployment", "schemas");
    private static final JsonSchemaFactory SCHEMA_FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String UPDATE = "UpdateCallback";
    private static final String DELETE = "DeleteCallback";
    private static final String DESCRIBE = "DescribeCallback";
    private static final String VHOST = "\"Vhost\":\"push.example.com\"";
    private static final String DOMAIN = "\"Domain\":\"rtmp.push.example.com\"";

    /** @param apiCode what the function and the schema answer; {@code emulatorCode} differs only for guards */
    record RuleCase(String action, String payload, String apiCode, String emulatorCode) {
        static RuleCase rule(String action, String payload, String code) {
            return new RuleCase(action, payload, code, code);
        }

        static RuleCase guard(String action, String payload, String code) {
            return new RuleCase(action, payload, code, OK);
        }
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb"), OK),
                RuleCase.rule(UPDATE, update("HTTP", "https://fn.example.com/cb"), OK),
                RuleCase.rule(UPDATE, update("Http", "http://my_host.example.com/cb"), OK),
                RuleCase.rule(UPDATE, update("http", "https://例子.测试/回调"), OK),
                RuleCase.rule(UPDATE, update("http", "https://x.example.com/cb?a={b}|c&d=%zz"), OK),
                RuleCase.rule(UPDATE, update("http", "https://user:pw@[::1]:8443/cb"), OK),
                RuleCase.rule(UPDATE, update("http", "https://x.example.com/" + "a".repeat(100 - 22)), OK),
                RuleCase.rule(UPDATE, update("http", "https://x.example.com/" + "a".repeat(101 - 22)),
                        "InvalidParam.OutOfRange"),
                RuleCase.rule(UPDATE, update("http", "ftp://x.example.com/cb"), "InvalidParam.Format"),
                RuleCase.rule(UPDATE, update("http", "http:///path"), "InvalidParam.Format"),
                RuleCase.rule(UPDATE, update("http", "fn.example.com/cb"), "InvalidParam.Format"),
                RuleCase.rule(UPDATE, update("http", "https://x.example.com/a b"), "InvalidParam.Format"),
                RuleCase.rule(UPDATE, update("http", "https://x.example.com/a\\u200bb"), "InvalidParam.Format"),
                RuleCase.rule(UPDATE, update("http", "https://x.example.com/a\\nb"), "InvalidParam.Format"),
                RuleCase.rule(UPDATE, update("http", "https://x.example.com/a\\u3000b"), "InvalidParam.Format"),
                RuleCase.rule(UPDATE, update("rpc", "https://fn.example.com/cb"), "InvalidParam.OutOfRange"),
                RuleCase.rule(UPDATE, "{" + VHOST + ",\"MessageType\":\"push\",\"CallbackDetailList\":[{\"URL\":"
                        + "\"https://fn.example.com/cb\"}]}", "InvalidParam.Empty"),
                RuleCase.rule(UPDATE, "{" + VHOST + ",\"MessageType\":\"push\",\"CallbackDetailList\":[{"
                        + "\"CallbackType\":\"http\"}]}", "InvalidParam.Empty"),
                RuleCase.rule(UPDATE, "{" + VHOST + ",\"MessageType\":\"push\"}", "InvalidParam.Empty"),
                RuleCase.rule(UPDATE, "{" + VHOST + ",\"MessageType\":\"push\",\"CallbackDetailList\":[]}",
                        "InvalidParam.Empty"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replace(",\"MessageType\":\"push\"", ""),
                        "InvalidParam.Empty"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replace("\"push\"", "\"pull\""),
                        "InvalidParam.OutOfRange"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replace(VHOST + ",", ""),
                        "InvalidParam.Empty"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replace(VHOST, VHOST + "," + DOMAIN),
                        "InvalidParam"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replace(VHOST, DOMAIN),
                        "InvalidParam.DomainAndApp"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replace(VHOST, VHOST + ",\"Domain\":\"\""),
                        OK),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replace("\"live\"", "\"" + "a".repeat(31) + "\""),
                        "InvalidParam.OutOfRange"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replace("\"live\"", "\"a b\""),
                        "InvalidParam.Format"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replaceFirst("\\{", "{\"TranscodeCallback\":2,"),
                        "InvalidParam.OutOfRange"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replaceFirst("\\{", "{\"AuthEnable\":true,"),
                        "InvalidParam.Empty"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replace(VHOST, "\"Vhost\":7"),
                        "InvalidParam.BindError"),
                RuleCase.guard(UPDATE, update("http", "https://fn.example.com/cb")
                        .replaceFirst("\\{", "{\"AuthEnable\":true,\"AuthKeyPrimary\":\"****9f6a\","), "InvalidParam.Format"),
                RuleCase.guard(UPDATE, update("http", "https://fn.example.com/cb").replaceFirst("\\{", "{\"AuthEnabled\":true,"),
                        "InvalidParam"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replace("push.example.com", "push example.com"),
                        "InvalidParam.Format"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replace("push.example.com",
                        "push.example.com x outcome=ok"), "InvalidParam.Format"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb")
                        .replace("push.example.com", "push.example.com\\u2028"), "InvalidParam.Format"),
                RuleCase.rule(DELETE, "{\"Domain\":\"rtmp..example.com\"}", "InvalidParam.Format"),
                RuleCase.rule(DELETE, "{\"Domain\":\"" + "a".repeat(64) + ".example.com\"}", "InvalidParam.Format"),
                RuleCase.rule(DESCRIBE, "{\"Vhost\":\"" + ("a".repeat(60) + ".").repeat(5) + "com\"}",
                        "InvalidParam.Format"),
                RuleCase.guard(UPDATE, update("http", "https://fn.example.com/cb").replace(VHOST,
                        "\"AuthEnable\":true,\"AuthKeyPrimary\":\"key\\u200bwith-zero-width\"," + VHOST),
                        "InvalidParam.Format"),
                RuleCase.rule(UPDATE, update("http", "https://fn.example.com/cb").replace("\"live\"", "\"live\\n\""),
                        "InvalidParam.Format"),
                RuleCase.rule(UPDATE, update("http\\n", "https://fn.example.com/cb"), "InvalidParam.OutOfRange"),
                RuleCase.rule(DELETE, "{" + DOMAIN + ",\"App\":\"live\"}", "InvalidParam.DomainAndApp"),
                RuleCase.rule(DELETE, "{\"App\":\"live\"}", "InvalidParam.Empty"),
                RuleCase.rule(DELETE, "{" + VHOST + ",\"MessageType\":\"x\"}", "InvalidParam.OutOfRange"),
                RuleCase.rule(DELETE, "{" + VHOST + ",\"Domain\":\"\",\"App\":\"live\",\"MessageType\":\"push\"}", OK),
                RuleCase.guard(DELETE, "{" + VHOST + ",\"Apps\":\"live\"}", "InvalidParam"),
                RuleCase.rule(DESCRIBE, "{" + DOMAIN + ",\"App\":\"live\"}", OK),
                RuleCase.rule(DESCRIBE, "{" + VHOST + "," + DOMAIN + "}", "InvalidParam"),
                RuleCase.rule(DESCRIBE, "{" + VHOST + ",\"App\":\"" + "a".repeat(31) + "\"}", "InvalidParam.OutOfRange"),
                RuleCase.rule(DESCRIBE, "{" + VHOST + ",\"MessageType\":\"record\"}", OK));
    }

    @Test
    void theFunctionTheEmulatorAndTheSchemaAgreeOnEveryRule() throws Exception {
        Emulator.requestsPerSecond(0);
        List<String> disagreements = new ArrayList<>();
        List<RuleCase> cases = cases();
        for (RuleCase rule : cases) {
            String function = function(rule);
            String emulator = emulator(rule);
            String schema = schema(rule);
            if (!rule.apiCode().equals(function) || !rule.emulatorCode().equals(emulator)
                    || !schema.equals(rule.apiCode().equals(OK) ? OK : "refused")) {
                disagreements.add(rule.action() + " " + rule.payload() + ": expected " + rule.apiCode() + "/"
                        + rule.emulatorCode() + ", function " + function + ", emulator " + emulator + ", schema "
                        + schema);
            }
        }
        Emulator.reset();
        System.out.println("[rule agreement] " + cases.size() + " rule cases checked against function, emulator and "
                + "schema: " + disagreements.size() + " disagreements");
        assertEquals(List.of(), disagreements);
    }

    private static String function(RuleCase rule) {
        String path = "/" + Character.toLowerCase(rule.action().charAt(0)) + rule.action().substring(1);
        Response answer = Invoke.json().body(rule.payload()).post(path);
        return answer.statusCode() == 400 ? answer.jsonPath().getString("ResponseMetadata.Error.Code") : OK;
    }

    private static String emulator(RuleCase rule) {
        SignedApi.Answer answer = SignedApi.demo(URI.create(Emulator.url())).call(rule.action(), rule.payload());
        return answer.status() == 400 ? answer.code() : OK;
    }

    private static String schema(RuleCase rule) throws Exception {
        String file = switch (rule.action()) {
            case UPDATE -> "update-callback.json";
            case DELETE -> "delete-callback.json";
            default -> "describe-callback.json";
        };
        JsonNode payload = MAPPER.readTree(rule.payload());
        return SCHEMA_FACTORY.getSchema(SchemaLocation.of(SCHEMAS.resolve(file).toAbsolutePath().toUri().toString()))
                .validate(payload).isEmpty() ? OK : "refused";
    }

    private static String update(String callbackType, String url) {
        return "{" + VHOST + ",\"App\":\"live\",\"MessageType\":\"push\",\"CallbackDetailList\":[{\"CallbackType\":\""
                + callbackType + "\",\"URL\":\"" + url + "\"}]}";
    }
}
