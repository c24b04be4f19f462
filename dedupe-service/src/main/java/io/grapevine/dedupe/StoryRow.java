package io.grapevine.dedupe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A transfer story: the columns queries need, and the engine's state as JSON. */
@Entity
@Table(name = "story")
public class StoryRow {

    @Id
    public String id;
    public String playerId;
    public int partitionNo;
    public String windowId;
    public String status;
    public boolean settled;
    public long version;
    public double credibility;
    public String mergedInto;
    public Instant updatedAt;
    @Column(columnDefinition = "text")
    public String state;
}
