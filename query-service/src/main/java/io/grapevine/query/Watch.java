package io.grapevine.query;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registered watch: a player or a club, a credibility threshold and the URL to notify. */
@Entity
@Table(name = "watch")
public class Watch {

    @Id
    public String id;
    public String playerId;
    public String clubId;
    public double threshold;
    public String callbackUrl;
    /** HMAC-SHA256 key of the signature header. */
    public String secret;
    public Instant createdAt;
}
