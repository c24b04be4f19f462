package io.grapevine.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The part a report plays in a story's evidence trail. Only origins, denials and confirmations count. */
public enum EvidenceRole {
    @JsonProperty("origin") ORIGIN,
    @JsonProperty("echo") ECHO,
    @JsonProperty("denial") DENIAL,
    @JsonProperty("confirmation") CONFIRMATION
}
