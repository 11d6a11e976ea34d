package io.tailor.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's NIO connector with a cap on the connections one peer address may hold open. Without it one
 * client that opens thousands of connections and trickles a header line now and then fills
 * {@code maxConnections} and every other client waits. A connection over the cap is closed as soon as it
 * is accepted; the count drops when Tomcat closes a connection.
 */
public class PerAddressProtocol extends Http11NioProtocol {

    public PerAddressProtocol() {
        super(new Endpoint());
    }

    /** The most connections one address may hold; 0 for no cap. */
    public void setMaxConnectionsPerAddress(int max) {
        ((Endpoint) getEndpoint()).max = max;
    }

    private static final class Endpoint extends NioEndpoint {

        private static final Logger log = LoggerFactory.getLogger(PerAddressProtocol.class);
        private static final long LOG_EVERY_NANOS = 10_000_000_000L;

        private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<SocketChannel, InetAddress> peers = new ConcurrentHashMap<>();
        private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);
        private volatile int max;

        Endpoint() {
            // Tomcat removes a connection from this map when it closes it: the moment to count it down
            connections = new ConcurrentHashMap<>() {
                @Override
                public @Nullable SocketWrapperBase<NioChannel> remove(Object socket) {
                    release(socket);
                    return super.remove(socket);
                }
            };
        }

        @Override
        protected boolean setSocketOptions(SocketChannel socket) {
            if (max > 0 && !admit(socket)) {
                destroySocket(socket); // as Tomcat does when it cannot register one; the acceptor does not
                return false;
            }
            boolean registered = super.setSocketOptions(socket);
            if (!registered) {
                release(socket);
            }
            return registered;
        }

        private boolean admit(SocketChannel socket) {
            @Nullable InetAddress peer = peer(socket);
            if (peer == null) {
                return true;
            }
            int limit = max;
            boolean[] admitted = new boolean[1];
            // counted under the map's lock for this address, so admitting and releasing never race
            open.compute(peer, (address, count) -> {
                int held = count == null ? 0 : count;
                admitted[0] = held < limit;
                return admitted[0] ? held + 1 : held;
            });
            if (!admitted[0]) {
                refused(peer);
                return false;
            }
            peers.put(socket, peer);
            return true;
        }

        private void release(Object socket) {
            @Nullable InetAddress peer = peers.remove(socket);
            if (peer != null) {
                open.computeIfPresent(peer, (address, count) -> count <= 1 ? null : count - 1);
            }
        }

        private void refused(InetAddress peer) {
            long now = System.nanoTime();
            long last = lastLogged.get();
            if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
                log.warn("{} holds {} connections, the most one address may: closing its new ones", peer, max);
            }
        }

        private static @Nullable InetAddress peer(SocketChannel socket) {
            try {
                return socket.getRemoteAddress() instanceof InetSocketAddress address ? address.getAddress() : null;
            } catch (IOException e) {
                return null;
            }
        }
    }
}
