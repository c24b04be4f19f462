package io.grapevine.dedupe.story;

import io.grapevine.contracts.SourceRef;

/** A resolved story's verdict on one origin: a hit when what it reported came true, else a miss. */
public record Settlement(String storyId, SourceRef source, boolean hit) {
}
