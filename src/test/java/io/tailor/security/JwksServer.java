package io.tailor.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JWKS served over real HTTP on 127.0.0.1, as Supabase serves its signing keys: a test publishes and
 * withdraws keys while the service runs, makes the endpoint fail, and counts how often it was fetched.
 */
final class JwksServer implements AutoCloseable {

    private final HttpServer server;
    private final List<JWK> keys = new CopyOnWriteArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile boolean failing;

    private JwksServer(HttpServer server) {
        this.server = server;
    }

    static JwksServer start(JWK... keys) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            JwksServer jwks = new JwksServer(http);
            jwks.keys.addAll(List.of(keys));
            http.createContext("/auth/v1/.well-known/jwks.json", jwks::serve);
            http.start();
            return jwks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/auth/v1/.well-known/jwks.json";
    }

    void publish(JWK key) {
        keys.add(key);
    }

    void withdraw(JWK key) {
        keys.remove(key);
    }

    void failing(boolean failing) {
        this.failing = failing;
    }

    int fetches() {
        return fetches.get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        fetches.incrementAndGet();
        // JWKSet.toString() writes the public parts only, as a real JWKS does
        byte[] body = (failing ? "{\"error\":\"unavailable\"}" : new JWKSet(new ArrayList<>(keys)).toString())
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(failing ? 503 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
