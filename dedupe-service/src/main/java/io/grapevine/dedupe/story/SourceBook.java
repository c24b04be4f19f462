package io.grapevine.dedupe.story;

import io.grapevine.contracts.SourceRef;

/** Looks up a source's standing (prior, track record, official club). */
@FunctionalInterface
public interface SourceBook {
    Standing standing(SourceRef source);
}
