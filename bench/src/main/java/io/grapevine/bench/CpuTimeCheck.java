package io.grapevine.bench;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.RawReport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Reports per CPU-second of one thread (thread CPU time, not wall time): a per-core figure that holds on a
 * busy machine where JMH's wall-clock throughput is diluted by other processes.
 * Run: java [-Dgrapevine.bench.articles=corpus] -cp ... io.grapevine.bench.CpuTimeCheck [seconds] (the article sets of
 * {@link ExtractionBenchmark}; default paragraphs)
 */
public final class CpuTimeCheck {

    private CpuTimeCheck() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        ExtractionBenchmark b = new ExtractionBenchmark();
        b.setUp();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        // warm-up
        long warmEnd = mx.getCurrentThreadCpuTime() + (long) (seconds * 1e9);
        while (mx.getCurrentThreadCpuTime() < warmEnd) {
            for (int i = 0; i < 100; i++) {
                sink += b.extract().size();
            }
        }
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long bytes0 = alloc.getCurrentThreadAllocatedBytes();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long n = 0;
        long end = cpu0 + (long) (seconds * 1e9);
        while (mx.getCurrentThreadCpuTime() < end) {
            for (int i = 0; i < 100; i++) {
                List<Claim> c = b.extract();
                sink += c.size();
                n++;
            }
        }
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        long bytes = alloc.getCurrentThreadAllocatedBytes() - bytes0;
        System.out.printf("CpuTimeCheck (" + b.articles + "): %d reports of ~%d chars in %.2f s CPU (%.2f s wall): %.0f reports per CPU-second, "
                + "%.0f per wall-second, %.0f KB allocated per report (sink %d)%n", n, ExtractionBenchmark.averageLength(b.articles), cpu, wall,
                n / cpu, n / wall, bytes / 1024.0 / n, sink);
    }
}
