package io.grapevine.contracts;

/**
 * A source's standing: the value of the compacted topic {@code sources.v1}, keyed by {@link #id}.
 *
 * @param id          catalogue id
 * @param name        display name
 * @param kind        official, journalist, outlet, aggregator or fan
 * @param prior       reliability the catalogue starts it with
 * @param hits        resolved stories it originated that came true
 * @param misses      resolved stories it originated that did not
 * @param reliability current reliability: the Beta-Binomial posterior mean from prior and track record
 * @param version     increases with every change
 */
public record SourceSnapshot(
        String id,
        String name,
        String kind,
        double prior,
        int hits,
        int misses,
        double reliability,
        long version) {
}
