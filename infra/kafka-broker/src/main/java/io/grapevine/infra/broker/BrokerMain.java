package io.grapevine.infra.broker;

import java.io.IOException;

/**
 * Entry point of the broker JVM: formats the KRaft log directory on first start, then runs Apache Kafka.
 *
 * <p>The parent process keeps this JVM's standard input open. When the parent goes away for any reason
 * (Ctrl-C, a crashed test JVM, kill -9), the pipe closes, the watchdog sees end-of-file and exits, and
 * Kafka's own shutdown hook stops the broker cleanly: no orphan broker survives its launcher.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BrokerMain <server.properties> <cluster-id>");
            System.exit(2);
        }
        String properties = args[0];
        String clusterId = args[1];
        if (Boolean.getBoolean("grapevine.watch-parent")) {
            startParentWatchdog();
        }
        int formatted = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", properties, "--ignore-formatted"}, System.out);
        if (formatted != 0) {
            System.err.println("formatting the KRaft log directory failed with exit code " + formatted);
            System.exit(formatted);
        }
        kafka.Kafka.main(new String[] {properties});
    }

    private static void startParentWatchdog() {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent never writes; any byte is ignored
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end-of-file
            }
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
