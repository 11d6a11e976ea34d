package io.tailor.security;

/**
 * What a page of the web app may do, sent with every response (the API's JSON is never rendered, so the
 * headers cost it nothing): scripts, styles and requests only from this origin, no inline script and no
 * eval, no plugins, no framing, no base URL or form target elsewhere; and none of the browser's powerful
 * features. An injected script tag or handler attribute therefore does not run.
 */
final class PagePolicy {

    static final String CONTENT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
            + " form-action 'self'";

    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(),"
            + " microphone=(), payment=(), usb=(), interest-cohort=()";

    private PagePolicy() {}
}
