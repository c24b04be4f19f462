package io.grapevine.query.service;

import java.util.Map;
import java.util.TreeMap;

/** Reads the Prometheus text exposition format, enough for the pipeline panel. */
final class PrometheusText {

    private PrometheusText() {
    }

    /** Every {@code grapevine_*} sample, summed over its labels (counters, gauges), by metric name. */
    static Map<String, Double> grapevineFigures(String text) {
        Map<String, Double> out = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#") || !line.startsWith("grapevine_")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = brace >= 0 ? line.indexOf(' ', line.lastIndexOf('}')) : line.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String name = brace >= 0 ? line.substring(0, brace) : line.substring(0, space);
            String rest = line.substring(space + 1).trim();
            int end = rest.indexOf(' ');
            try {
                double value = Double.parseDouble(end < 0 ? rest : rest.substring(0, end));
                if (!Double.isNaN(value)) {
                    out.merge(name, value, Double::sum);
                }
            } catch (NumberFormatException e) {
                // not a sample line
            }
        }
        return out;
    }
}
