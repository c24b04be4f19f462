package io.grapevine.contracts;

/** A player by canonical id (a slug of the folded full name) and display name. */
public record PlayerRef(String id, String name) {
}
