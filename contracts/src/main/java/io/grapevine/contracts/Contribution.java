package io.grapevine.contracts;

/**
 * One term of a credibility explanation.
 *
 * @param factor machine-readable name ("origin", "stage", "denial", "competition", "staleness", ...)
 * @param delta  what it added to (or took from) the credibility, on the 0..1 scale
 * @param reason human-readable reason ("La Gazzetta dello Sport, prior 0.30, interest stage, hedged: +0.08")
 */
public record Contribution(String factor, double delta, String reason) {
}
