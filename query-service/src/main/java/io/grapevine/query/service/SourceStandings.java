package io.grapevine.query.service;

import io.grapevine.contracts.SourceSnapshot;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.query.repository.SourceRepository;
import io.grapevine.reference.Source;
import io.grapevine.reference.SourceCatalogue;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Every source's standing: the latest {@code sources.v1} snapshot, and for catalogued sources that have no track
 * record yet, their catalogue prior (0 hits, 0 misses, reliability = prior, version 0).
 */
@ApplicationScoped
public class SourceStandings {

    private static final Logger LOG = Logger.getLogger(SourceStandings.class);

    private final SourceRepository repository;
    private final Map<String, SourceSnapshot> published = new ConcurrentHashMap<>();
    private final Uni<Void> loaded;

    public SourceStandings(SourceRepository repository) {
        this.repository = repository;
        this.loaded = Uni.createFrom().deferred(this::load).memoize().indefinitely();
    }

    void onStart(@Observes StartupEvent event) {
        loaded.subscribe().with(ok -> { }, failure -> LOG.error("could not load source standings", failure));
    }

    public Uni<Void> whenLoaded() {
        return loaded;
    }

    public Uni<Void> apply(String key, byte[] value) {
        if (value == null) {
            if (key == null) {
                return Uni.createFrom().failure(new IllegalArgumentException("a tombstone needs a key"));
            }
            return repository.delete(key).invoke(() -> published.remove(key));
        }
        SourceSnapshot snapshot;
        try {
            snapshot = ContractJson.MAPPER.readValue(value, SourceSnapshot.class);
        } catch (IOException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("not a valid SourceSnapshot: " + e.getMessage(), e));
        }
        if (snapshot == null || snapshot.id() == null || snapshot.name() == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("a SourceSnapshot needs an id and a name"));
        }
        if (key != null && !key.equals(snapshot.id())) {
            return Uni.createFrom().failure(new IllegalArgumentException(
                    "record key " + key + " is not the source id " + snapshot.id()));
        }
        String json = new String(value, StandardCharsets.UTF_8);
        return repository.upsert(snapshot.id(), snapshot.version(), json).invoke(done -> {
            if (done) {
                published.merge(snapshot.id(), snapshot, (old, now) -> now.version() > old.version() ? now : old);
            }
        }).replaceWithVoid();
    }

    /** Empties the table and the memory (the start of a rebuild). */
    public Uni<Void> clear() {
        return repository.deleteAll().invoke(published::clear);
    }

    /** Every source: published standings first-class, the catalogue for the rest. */
    public List<SourceSnapshot> all() {
        Map<String, SourceSnapshot> out = new LinkedHashMap<>();
        for (Source source : SourceCatalogue.load().all()) {
            out.put(source.id(), new SourceSnapshot(source.id(), source.name(), source.kind().wireName(),
                    source.prior(), 0, 0, source.prior(), 0));
        }
        out.putAll(published);
        return new ArrayList<>(out.values());
    }

    private Uni<Void> load() {
        return repository.all().invoke(rows -> {
            for (String json : rows) {
                try {
                    SourceSnapshot s = ContractJson.MAPPER.readValue(json, SourceSnapshot.class);
                    published.put(s.id(), s);
                } catch (IOException e) {
                    LOG.warnf("skipping an unreadable stored source standing: %s", e.getMessage());
                }
            }
        }).replaceWithVoid();
    }
}
