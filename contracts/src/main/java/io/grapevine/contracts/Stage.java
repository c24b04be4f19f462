package io.grapevine.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far a transfer has gone. The first six form a ladder (declaration order); {@link #DENIED} and
 * {@link #COLLAPSED} end it.
 */
public enum Stage {
    @JsonProperty("interest") INTEREST,
    @JsonProperty("talks") TALKS,
    @JsonProperty("bid") BID,
    @JsonProperty("agreement") AGREEMENT,
    @JsonProperty("medical") MEDICAL,
    @JsonProperty("official") OFFICIAL,
    @JsonProperty("denied") DENIED,
    @JsonProperty("collapsed") COLLAPSED;

    /** True for the rungs of the ladder, false for denials and collapses. */
    public boolean isProgress() {
        return this != DENIED && this != COLLAPSED;
    }
}
