package io.grapevine.dedupe;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A report dedupe-service has processed, with what extraction made of it. */
@Entity
@Table(name = "received_report")
public class ReceivedReport {

    @Id
    public String id;
    public String sourceId;
    public Instant publishedAt;
    public Instant receivedAt;
    public String language;
    public int claimCount;
    /** "claims" when claims were extracted, else the reason there were none. */
    public String outcome;
}
