package io.grapevine.dedupe.repository;

import io.grapevine.dedupe.StoryRow;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class StoryRepository implements PanacheRepositoryBase<StoryRow, String> {

    public Uni<List<StoryRow>> ofPlayers(Collection<String> playerIds) {
        return list("playerId in ?1", List.copyOf(playerIds));
    }

    public Uni<List<StoryRow>> byIds(Collection<String> ids) {
        return list("id in ?1", List.copyOf(ids));
    }

    public Uni<List<StoryRow>> openOnPartition(int partition) {
        return list("partitionNo = ?1 and settled = false and mergedInto is null", partition);
    }
}
