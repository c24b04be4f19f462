package io.grapevine.contracts;

/**
 * The player a claim is about.
 *
 * @param id      canonical id, also the key of {@code rumours.claims.v1}
 * @param name    canonical display name
 * @param mention the words the report used ("Bastoni", "the Italian defender")
 */
public record PlayerMention(String id, String name, String mention) {
}
