package io.grapevine.contracts;

import java.time.Instant;

/** The credibility a story had after the report published at {@code at} (event time). */
public record CredibilityPoint(Instant at, double credibility) {
}
