package io.grapevine.dedupe;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A player seen with a full name: the persistent side of the player registry. */
@Entity
@Table(name = "player")
public class PlayerRow {

    @Id
    public String id;
    public String name;
    public Instant firstSeen;
}
