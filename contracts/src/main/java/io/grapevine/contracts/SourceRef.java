package io.grapevine.contracts;

/** A publisher or origin of transfer news, as named in the source catalogue. */
public record SourceRef(String id, String name, String kind) {
}
