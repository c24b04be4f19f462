package io.grapevine.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for test infrastructure, so parallel test runs never collide.
 *
 * <p>Ports are drawn outside the kernel's ephemeral range. A port the kernel picks itself (bind to port 0) comes from
 * that range, and so do the local ends of outgoing connections: between the check and the bind of the service meant
 * to have it, a Kafka or PostgreSQL client's connection could take it (it once took query-service's port).
 */
public final class PortAllocator {

    /** Lowest port handed out: above the usual fixed ports of local services. */
    private static final int LOW = 20000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Ports this JVM has handed out, never handed out twice. */
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private PortAllocator() {
    }

    public static int freePort() {
        int[] ephemeral = ephemeralRange();
        // below the ephemeral range when there is room, else above it
        int from = ephemeral[0] - LOW >= 1000 ? LOW : ephemeral[1] + 1;
        int to = ephemeral[0] - LOW >= 1000 ? ephemeral[0] : 65536;
        for (int attempt = 0; attempt < 500 && to - from >= 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(from, to);
            if (!GIVEN.contains(port) && bindable(port) && GIVEN.add(port)) {
                return port;
            }
        }
        return kernelPort();
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int kernelPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    /** The kernel's ephemeral port range (Linux; read as lines, as Files.readString gives "" for it), or the IANA one. */
    private static int[] ephemeralRange() {
        try {
            String[] bounds = Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+");
            return new int[]{Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])};
        } catch (IOException | RuntimeException e) {
            return new int[]{49152, 65535};
        }
    }
}
