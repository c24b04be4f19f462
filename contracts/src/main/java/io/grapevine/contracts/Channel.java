package io.grapevine.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a report entered Grapevine. */
public enum Channel {
    @JsonProperty("push") PUSH,
    @JsonProperty("rss") RSS,
    @JsonProperty("atom") ATOM,
    @JsonProperty("x") X,
    @JsonProperty("bluesky") BLUESKY,
    @JsonProperty("import") IMPORT
}
