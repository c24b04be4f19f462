package io.grapevine.dedupe.repository;

import io.grapevine.dedupe.ClaimRow;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimRow, String> {
}
