package io.tailor.web;

import io.tailor.config.StartupConflict;
import java.net.InetAddress;
import org.jspecify.annotations.Nullable;

/** The HTTP port is taken: says which one, and the setting that chose it ({@link HttpPortCheck#setting}). */
class HttpPortInUse extends StartupConflict {

    HttpPortInUse(int port, @Nullable InetAddress address, String setting) {
        super(
                "Port " + port + (address == null ? "" : " on " + address.getHostAddress())
                        + " is busy: another process (another Tailor?) listens there, so this instance cannot serve HTTP on it.",
                "Stop the other process, or give this instance its own port with " + setting + " (for example "
                        + setting + "=" + (port + 1) + ").",
                null);
    }
}
