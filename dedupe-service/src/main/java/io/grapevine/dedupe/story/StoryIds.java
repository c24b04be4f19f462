package io.grapevine.dedupe.story;

/** Story identity: player, destination club and window. */
public final class StoryIds {

    private StoryIds() {
    }

    public static String of(String playerId, String clubId, String window) {
        return playerId + "--" + clubId + "--" + window;
    }
}
