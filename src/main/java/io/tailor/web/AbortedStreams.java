package io.tailor.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A streamed response that fails after its first bytes went out cannot change its status any more, and the
 * error page the container would add to its body reads as one more line of data. So a streaming endpoint
 * hands its failure to {@link #abort} and returns, and this valve then closes the connection without ending
 * the body: a client sees a broken transfer (curl exits 18), never a short answer that looks whole.
 */
@Component
public class AbortedStreams implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final String FAILURE = AbortedStreams.class.getName() + ".failure";

    /** Marks the request's response to be cut off once the endpoint returns. */
    public static void abort(HttpServletRequest request, RuntimeException failure) {
        request.setAttribute(FAILURE, failure);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new CutOff());
    }

    /** In the context's pipeline, so it acts before the host looks for an error page. */
    private static final class CutOff extends ValveBase {

        CutOff() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            if (request.getAttribute(FAILURE) instanceof Throwable failure) {
                response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, failure);
            }
        }
    }
}
