package io.grapevine.query.repository;

import io.grapevine.query.Watch;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class WatchRepository implements PanacheRepositoryBase<Watch, String> {
}
