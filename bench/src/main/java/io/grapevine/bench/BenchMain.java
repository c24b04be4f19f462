package io.grapevine.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;

/** Runs the benchmarks with JMH command-line options (default: all of this module) and prints reports/s. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder ob = new OptionsBuilder();
        ob.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            ob.include(ExtractionBenchmark.class.getSimpleName());
        }
        Collection<RunResult> results = new Runner(ob.build()).run();
        for (RunResult r : results) {
            var s = r.getPrimaryResult();
            String set = r.getParams().getParam("articles");
            System.out.printf("%s (%s): %.0f reports/s (± %.0f, %s), %d-char articles, 1 thread%n",
                    r.getParams().getBenchmark(), set, s.getScore(), s.getScoreError(), s.getScoreUnit(),
                    ExtractionBenchmark.averageLength(set));
        }
    }
}
