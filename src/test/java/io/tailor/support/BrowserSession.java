package io.tailor.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One Chromium for a whole test class, on the port of the class's running service, with every test
 * ending by a check that the page logged no console error. Register it as a static {@code
 * @RegisterExtension} field.
 */
public final class BrowserSession implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.assumeInstalled(); // before the service starts, so a skip costs nothing
        int port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        chromium = Chromium.start(port);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        chromium.assertNoConsoleErrors();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
    }

    public Chromium chromium() {
        return chromium;
    }
}
