package io.grapevine.query;

import io.grapevine.query.view.StoryEntry;

/**
 * A change of the view, as the live stream and the watches see it (an event, never an entity).
 *
 * @param seq        position in this instance's change sequence
 * @param kind       what happened
 * @param id         story id
 * @param current    the story after the change (null when it was removed or merged)
 * @param previous   the story before the change (null when it is new)
 * @param mergedInto for a merge, the surviving story
 */
public record StoryChange(long seq, Kind kind, String id, StoryEntry current, StoryEntry previous, String mergedInto) {

    public enum Kind {
        UPDATED, REMOVED, MERGED;

        /** The SSE event name. */
        public String eventName() {
            return switch (this) {
                case UPDATED -> "transfer";
                case REMOVED -> "removed";
                case MERGED -> "merged";
            };
        }
    }
}
