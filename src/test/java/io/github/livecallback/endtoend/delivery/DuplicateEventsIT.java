package io.github.livecallback.endtoend.delivery;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class DuplicateEventsIT extends DuplicateEventsTest {
}
