package io.tailor.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tailor.support.BrowserSession;
import io.tailor.support.Chromium;
import io.tailor.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pages limit what an injection could do: a Content-Security-Policy that runs only the app's own
 * scripts (no inline script, no eval), no Referer leaving the page, and no powerful browser features.
 * A violation shows in the browser's console, which every browser test checks.
 */
class PageHeadersBrowserTest extends IntegrationTest {

    @RegisterExtension
    static final BrowserSession BROWSER = new BrowserSession();

    @Test
    void thePagesSendAPolicyWithoutInlineScriptOrEvalNoReferrerAndNoPowerfulFeatures() throws Exception {
        for (String page : List.of("/", "/admin")) {
            HttpResponse<String> reply = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);
            String policy =
                    reply.headers().firstValue("Content-Security-Policy").orElseThrow();
            String scripts = directive(policy, "script-src");
            assertThat(scripts).as(page + ": " + policy).contains("'self'").doesNotContain("unsafe");
            assertThat(directive(policy, "object-src")).contains("'none'");
            assertThat(directive(policy, "frame-ancestors")).contains("'none'");
            assertThat(reply.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(reply.headers().firstValue("Permissions-Policy"))
                    .hasValueSatisfying(features -> assertThat(features).contains("camera=()", "geolocation=()"));
        }
    }

    @Test
    void anInjectedInlineScriptDoesNotRunAndShowsInTheConsole() {
        Chromium chromium = BROWSER.chromium();
        chromium.open("/", Chromium.DESKTOP);
        chromium.script("const s = document.createElement('script'); s.textContent = 'window.injected = 1';"
                + " document.body.append(s);");

        Object injected = chromium.script("return window.injected === undefined;");
        assertThat(injected).isEqualTo(true);
        assertThat(chromium.consoleErrors())
                .anySatisfy(error -> assertThat(error).contains("Content Security Policy"));
    }

    private static String directive(String policy, String name) {
        return Arrays.stream(policy.split(";"))
                .map(String::trim)
                .filter(part -> part.startsWith(name + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + policy));
    }
}
