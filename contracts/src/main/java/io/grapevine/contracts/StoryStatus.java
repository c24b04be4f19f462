package io.grapevine.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a transfer story stands. Everything but {@link #RUMOUR} is an outcome. */
public enum StoryStatus {
    @JsonProperty("rumour") RUMOUR,
    @JsonProperty("confirmed") CONFIRMED,
    @JsonProperty("denied") DENIED,
    @JsonProperty("collapsed") COLLAPSED,
    @JsonProperty("expired") EXPIRED
}
