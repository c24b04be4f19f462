package io.grapevine.dedupe.repository;

import io.grapevine.dedupe.PlayerRow;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PlayerRepository implements PanacheRepositoryBase<PlayerRow, String> {
}
