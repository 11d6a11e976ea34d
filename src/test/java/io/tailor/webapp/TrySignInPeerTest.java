package io.tailor.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tailor.TailorApplication;
import io.tailor.support.ServiceTest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The try-it sign-in reads the TCP peer, never a header: from another machine (here, this machine's own
 * non-loopback address) a forged {@code X-Forwarded-For}, {@code X-Real-IP} or {@code Forwarded} saying
 * 127.0.0.1 gets no token under any forward-headers strategy, with every proxy trusted. And the embedded
 * default is not reachable from another machine at all unless {@code SERVER_ADDRESS} says so.
 */
class TrySignInPeerTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String BODY = """
            {"user_id": "intruder", "role": "service_role"}""";
    private static final List<Map<String, String>> FORGERIES = List.of(
            Map.of("X-Forwarded-For", "127.0.0.1"),
            Map.of("X-Real-IP", "127.0.0.1"),
            Map.of("Forwarded", "for=127.0.0.1;proto=http"),
            Map.of("X-Forwarded-For", "127.0.0.1", "X-Real-IP", "127.0.0.1", "Forwarded", "for=\"[::1]\""));

    @TempDir
    static Path dataDir;

    private static InetAddress outside;

    @BeforeAll
    static void aNonLoopbackAddressOfThisMachine() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (network.isUp() && !network.isLoopback()) {
                network.inetAddresses()
                        .filter(address -> address instanceof Inet4Address && !address.isLinkLocalAddress())
                        .forEach(addresses::add);
            }
        }
        assertThat(addresses)
                .as("this test needs an IPv4 address besides loopback")
                .isNotEmpty();
        outside = addresses.getFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "native", "native-x-real-ip", "framework", "kubernetes"})
    void aForgedLoopbackHeaderFromAnotherMachineGetsNoToken(String strategy) throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.address=" + outside.getHostAddress()));
        switch (strategy) {
            case "native-x-real-ip" -> {
                args.add("--server.forward-headers-strategy=native");
                args.add("--server.tomcat.remoteip.remote-ip-header=X-Real-IP");
            }
            // what KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT select: native, proxies trusted
            case "kubernetes" -> args.add("--spring.main.cloud-platform=kubernetes");
            default -> args.add("--server.forward-headers-strategy=" + strategy);
        }
        // trust every proxy, the worst case: the header would be believed from any peer
        args.add("--server.tomcat.remoteip.internal-proxies=.*");
        try (ConfigurableApplicationContext service = start(args)) {
            for (Map<String, String> forged : FORGERIES) {
                HttpResponse<String> reply = post(outside, port(service), forged);
                assertThat(reply.statusCode())
                        .as(strategy + " " + forged + ": " + reply.body())
                        .isEqualTo(403);
                assertThat(reply.body()).contains("only requests from this machine");
            }
        }
    }

    @Test
    void theEmbeddedDefaultListensOnLoopbackOnlyUnlessSERVER_ADDRESSSaysOtherwise() throws Exception {
        try (ConfigurableApplicationContext service = start(List.of())) {
            int port = port(service);
            assertThat(post(InetAddress.getLoopbackAddress(), port, Map.of()).statusCode())
                    .isEqualTo(201);
            assertThatThrownBy(() -> new Socket(outside, port).close()).isInstanceOf(ConnectException.class);
        }
        try (ConfigurableApplicationContext service = start(List.of("--server.address=0.0.0.0"))) {
            try (Socket reached = new Socket(outside, port(service))) {
                assertThat(reached.isConnected()).isTrue();
            }
        }
    }

    private static ConfigurableApplicationContext start(List<String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--tailor.data-dir=" + dataDir,
                "--tailor.database.embedded-port=" + ServiceTest.freePort(),
                "--tailor.settlement.enabled=false"));
        args.addAll(extra);
        return new SpringApplicationBuilder(TailorApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    private static HttpResponse<String> post(InetAddress host, int port, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://" + host.getHostAddress() + ":" + port + "/api/v1/try-sign-in"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
