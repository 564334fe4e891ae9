package io.github.livecallback.endtoend.delivery;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ChangeOrderIT extends ChangeOrderTest {
}
