package io.grapevine.dedupe;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A claim or tick already applied, recorded in the same transaction as its effect. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    public String id;
    public String kind;
    public int partitionNo;
    /** Comma-separated ids of the stories it changed. */
    public String storyIds;
    /** Comma-separated ids of the sources whose track record it changed. */
    public String sourceIds;
}
