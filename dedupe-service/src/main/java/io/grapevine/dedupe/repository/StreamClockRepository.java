package io.grapevine.dedupe.repository;

import io.grapevine.dedupe.StreamClock;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class StreamClockRepository implements PanacheRepositoryBase<StreamClock, Integer> {
}
