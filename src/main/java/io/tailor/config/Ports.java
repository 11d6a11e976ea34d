package io.tailor.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.jspecify.annotations.Nullable;

/** Whether a port can be listened on, asked before a server that would find out only later tries. */
public final class Ports {

    private Ports() {}

    /** True when binding {@code port} on {@code address} (null: every interface) fails. */
    public static boolean isBusy(@Nullable InetAddress address, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // as PostgreSQL and Tomcat bind: a connection that ended on this port (TIME-WAIT) does not hold it
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
