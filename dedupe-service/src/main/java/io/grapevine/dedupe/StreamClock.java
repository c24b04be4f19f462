package io.grapevine.dedupe;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Stream time of one partition of rumours.claims.v1: the latest event time or tick seen. */
@Entity
@Table(name = "stream_clock")
public class StreamClock {

    @Id
    public int partitionNo;
    public Instant at;
}
