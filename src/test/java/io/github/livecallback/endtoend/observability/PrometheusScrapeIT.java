package io.github.livecallback.endtoend.observability;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PrometheusScrapeTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class PrometheusScrapeIT extends PrometheusScrapeTest {
}
