package io.tailor.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The TCP peer of a request, whatever the forward-headers strategy: Tomcat's {@code RemoteIpValve}
 * ({@code native}, and what Kubernetes selects) and Spring's {@code ForwardedHeaderFilter}
 * ({@code framework}) both replace {@code getRemoteAddr()} with what a header claims. A valve copies the
 * socket's peer into a request attribute, which no client can set.
 */
@Component
public class PeerAddress implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final String ATTRIBUTE = PeerAddress.class.getName();

    /** Whether the connection itself comes from this machine; false when the peer is unknown. */
    public static boolean isLoopback(HttpServletRequest request) {
        if (!(request.getAttribute(ATTRIBUTE) instanceof String peer)) {
            return false;
        }
        try {
            return InetAddress.getByName(peer).isLoopbackAddress(); // an address literal: no lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new Recorder());
    }

    private static final class Recorder extends ValveBase {

        Recorder() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            request.setAttribute(ATTRIBUTE, request.getPeerAddr());
            getNext().invoke(request, response);
        }
    }
}
