package io.grapevine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Extraction throughput of two builds in one JVM, in alternating slices of thread CPU time, so that both see the
 * same machine: on a shared, noisy machine the ratio holds where separate runs drift by tens of percent.
 *
 * <p>Each build is the extraction's classes (dedupe-service and reference-data: class folders or jars, joined by
 * commas); everything else (contracts, Jackson) is shared. {@code -Dgrapevine.bench.articles=corpus} times the
 * benchmark's corpus articles instead of its paragraphs. Usage:
 * <pre>
 * java -cp bench/target/classes:&lt;bench classpath&gt; io.grapevine.bench.CompareBuilds \
 *      old/dedupe-service.jar,old/reference-data.jar dedupe-service/target/classes,reference-data/target/classes \
 *      [warm-up CPU seconds, default 20] [rounds, default 40] [slice CPU seconds, default 0.5]
 * </pre>
 */
public final class CompareBuilds {

    /**
     * Classes each build brings itself: a build's loader finds these in its own classes before asking its parent.
     * The benchmark and its timing loop are loaded once per build too, so that no call site is shared between the
     * builds (a shared one would be compiled for the first build and run the second through a slower path).
     */
    private static final List<String> OWN = List.of("io.grapevine.dedupe.", "io.grapevine.reference.",
            ExtractionBenchmark.class.getName(), CorpusArticles.class.getName(), Slice.class.getName());

    private CompareBuilds() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CompareBuilds <build A: classes,classes> <build B: classes,classes> [warm-up s] [rounds] [slice s]");
            System.exit(2);
        }
        double warmUp = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        double slice = args.length > 4 ? Double.parseDouble(args[4]) : 0.5;
        Method a = sliceOf(args[0]);
        Method b = sliceOf(args[1]);
        long sink = 0;
        for (int w = 0; w < 4; w++) {
            sink += ((long[]) (w % 2 == 0 ? a : b).invoke(null, warmUp / 4))[1];
        }
        long[] reports = new long[2];
        long[] cpuNanos = new long[2];
        for (int r = 0; r < rounds; r++) {
            for (int side = 0; side < 2; side++) {
                long[] done = (long[]) (side == 0 ? a : b).invoke(null, slice);
                cpuNanos[side] += done[0];
                reports[side] += done[2];
                sink += done[1];
            }
        }
        double rateA = reports[0] / (cpuNanos[0] / 1e9);
        double rateB = reports[1] / (cpuNanos[1] / 1e9);
        System.out.printf("A %s: %.0f reports per CPU-second%nB %s: %.0f reports per CPU-second%nB/A = %.2f (%d rounds of "
                + "%.1f s each, claims %d)%n", args[0], rateA, args[1], rateB, rateB / rateA, rounds, slice, sink);
    }

    /** {@link Slice#run} of one build, loaded apart from the other. */
    private static Method sliceOf(String build) throws Exception {
        String[] parts = build.split(",");
        URL[] urls = new URL[parts.length + 1];
        for (int i = 0; i < parts.length; i++) {
            urls[i] = Path.of(parts[i]).toUri().toURL();
        }
        urls[parts.length] = CompareBuilds.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader loader = new OwnFirst(urls, CompareBuilds.class.getClassLoader());
        return loader.loadClass(Slice.class.getName()).getMethod("run", double.class);
    }

    /** The timing loop over {@link ExtractionBenchmark#extract}; public for the reflective call from another loader. */
    public static final class Slice {
        private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
        private static final ExtractionBenchmark BENCHMARK = new ExtractionBenchmark();

        static {
            BENCHMARK.setUp();
        }

        private Slice() {
        }

        /** Extracts for about {@code seconds} of this thread's CPU time: {CPU nanoseconds, claims, reports}. */
        public static long[] run(double seconds) {
            long start = CPU.getCurrentThreadCpuTime();
            long end = start + (long) (seconds * 1e9);
            long claims = 0;
            long reports = 0;
            long now;
            while ((now = CPU.getCurrentThreadCpuTime()) < end) {
                for (int i = 0; i < 20; i++) {
                    claims += BENCHMARK.extract().size();
                    reports++;
                }
            }
            return new long[]{now - start, claims, reports};
        }
    }

    /** Loads {@link #OWN} classes from its own URLs first, everything else from the parent. */
    private static final class OwnFirst extends URLClassLoader {
        OwnFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (OWN.stream().noneMatch(name::startsWith)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name); // the build's own catalogues (clubs.json, sources.json, rates)
            return own != null ? own : super.getResource(name);
        }
    }
}
