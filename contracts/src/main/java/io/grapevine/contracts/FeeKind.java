package io.grapevine.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a quoted amount of money is. */
public enum FeeKind {
    @JsonProperty("fee") FEE,
    @JsonProperty("bid") BID,
    @JsonProperty("valuation") VALUATION,
    @JsonProperty("release-clause") RELEASE_CLAUSE,
    @JsonProperty("asking-price") ASKING_PRICE,
    @JsonProperty("wage") WAGE
}
