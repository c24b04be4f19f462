package io.grapevine.contracts;

/** A story's fee in EUR: the best estimate and the range reported by its origins. */
public record FeeRange(Double amountEur, Double minEur, Double maxEur) {
}
