package io.github.livecallback.testing;

/**
 * The example requests of the API documents (UpdateCallback.zh.txt and DeleteCallback.zh.txt, 请求示例), byte for
 * byte: the emulator must answer them, and so must the function.
 */
public final class SeedExamples {

    /** The UpdateCallback example of the seed document, as it shows it. */
    public static final String UPDATE = """
            {
              "Vhost": "push.live.example.com",
              "App": "example_app",
              "MessageType": "push",
              "TranscodeCallback": 0,
              "CallbackDetailList": [
                {
                  "CallbackType": "http",
                  "URL": "http://example.com/callback"
                }
              ]
            }""";
    /** The DeleteCallback example of the seed document, as it shows it. */
    public static final String DELETE = """
            {
              "App": "example_app",
              "Domain": "",
              "MessageType": "push",
              "Vhost": "push.live.example.com"
            }""";

    private SeedExamples() {
    }
}
