package io.grapevine.ingest.repository;

import io.grapevine.ingest.SourceState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Per-source poller state. */
@ApplicationScoped
public class SourceStateRepository implements PanacheRepositoryBase<SourceState, String> {

    /** Inserts or updates a detached state; must run inside a transaction. */
    public Uni<SourceState> save(SourceState state) {
        return Panache.getSession().chain(session -> session.merge(state));
    }
}
