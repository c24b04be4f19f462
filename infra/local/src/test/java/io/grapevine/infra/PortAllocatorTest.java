package io.grapevine.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortAllocatorTest {

    @Test
    void portsAreDistinctBindableAndOutsideTheEphemeralRange() throws IOException {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        String[] bounds = Files.isReadable(range) ? Files.readAllLines(range).get(0).trim().split("\\s+") : new String[]{"49152", "65535"};
        int low = Integer.parseInt(bounds[0]);
        int high = Integer.parseInt(bounds[1]);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = PortAllocator.freePort();
            assertThat(port).as("outside %d-%d", low, high).satisfiesAnyOf(p -> assertThat(p).isLessThan(low),
                    p -> assertThat(p).isGreaterThan(high));
            assertThat(seen.add(port)).as("port %d handed out twice", port).isTrue();
        }
        int port = PortAllocator.freePort();
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }
}
