package io.grapevine.dedupe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A claim as received on rumours.claims.v1, with the story it joined. */
@Entity
@Table(name = "claim")
public class ClaimRow {

    @Id
    public String id;
    public String reportId;
    public String playerId;
    public String storyId;
    public int partitionNo;
    public Instant publishedAt;
    @Column(columnDefinition = "text")
    public String body;
}
