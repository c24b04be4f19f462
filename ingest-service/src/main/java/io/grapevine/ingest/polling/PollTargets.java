package io.grapevine.ingest.polling;

import io.grapevine.ingest.IngestConfig;
import io.grapevine.reference.Source;
import io.grapevine.reference.SourceCatalogue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the pollers poll: the catalogue's feeds and handles plus what configuration adds. Framework-free. */
public final class PollTargets {

    private PollTargets() {
    }

    public static List<PolledSource> from(IngestConfig config, SourceCatalogue catalogue) {
        Map<String, PolledSource> targets = new LinkedHashMap<>();
        if (config.feeds().enabled()) {
            if (config.feeds().catalogue()) {
                for (Source source : catalogue.all()) {
                    for (String feed : source.feeds()) {
                        add(targets, new PolledSource("feed:" + feed, "feed", source, feed, config.feeds().interval()));
                    }
                }
            }
            for (String entry : config.feeds().extra().orElse(List.of())) {
                int bar = entry.indexOf('|');
                if (bar <= 0 || bar == entry.length() - 1) {
                    throw new IllegalArgumentException(
                            "grapevine.ingest.feeds.extra entries are source-reference|feed-url, got " + entry);
                }
                String url = entry.substring(bar + 1).strip();
                Source source = catalogue.resolveOrCreate(entry.substring(0, bar).strip());
                add(targets, new PolledSource("feed:" + url, "feed", source, url, config.feeds().interval()));
            }
        }
        if (config.x().enabled() && config.x().bearerToken().filter(t -> !t.isBlank()).isPresent()) {
            List<String> handles = new ArrayList<>();
            if (config.x().handles().isPresent()) {
                handles.addAll(config.x().handles().get());
            } else {
                catalogue.all().forEach(source -> handles.addAll(source.handles()));
            }
            for (String raw : handles) {
                String handle = raw.strip().replaceFirst("^@", "");
                if (handle.isEmpty()) {
                    continue;
                }
                Source source = catalogue.resolveOrCreate("@" + handle);
                add(targets, new PolledSource("x:" + handle.toLowerCase(Locale.ROOT), "x", source, handle,
                        config.x().interval()));
            }
        }
        if (config.bluesky().enabled()) {
            for (String entry : config.bluesky().actors().orElse(List.of())) {
                int eq = entry.indexOf('=');
                String actor = (eq < 0 ? entry : entry.substring(0, eq)).strip().replaceFirst("^@", "");
                String reference = eq < 0 ? "@" + actor : entry.substring(eq + 1).strip();
                if (actor.isEmpty() || reference.isEmpty()) {
                    throw new IllegalArgumentException(
                            "grapevine.ingest.bluesky.actors entries are actor or actor=source-reference, got " + entry);
                }
                add(targets, new PolledSource("bluesky:" + actor.toLowerCase(Locale.ROOT), "bluesky",
                        catalogue.resolveOrCreate(reference), actor, config.bluesky().interval()));
            }
        }
        return List.copyOf(targets.values());
    }

    private static void add(Map<String, PolledSource> targets, PolledSource source) {
        targets.putIfAbsent(source.key(), source);
    }
}
