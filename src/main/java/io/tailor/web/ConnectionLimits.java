package io.tailor.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Serves HTTP with {@link PerAddressProtocol}, so one address cannot hold every connection Tomcat accepts
 * ({@code TAILOR_MAX_CONNECTIONS_PER_ADDRESS}, 0 for no cap: behind a proxy every client shares its address).
 */
@Component
class ConnectionLimits implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final HttpSettings settings;

    ConnectionLimits(HttpSettings settings) {
        this.settings = settings;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.setProtocol(PerAddressProtocol.class.getName());
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof PerAddressProtocol protocol) {
                protocol.setMaxConnectionsPerAddress(settings.maxConnectionsPerAddress());
            }
        });
    }
}
