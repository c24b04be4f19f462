package io.grapevine.contracts;

/** A club by its canonical gazetteer id and display name. */
public record ClubRef(String id, String name) {
}
