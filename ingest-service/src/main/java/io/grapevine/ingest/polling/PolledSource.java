package io.grapevine.ingest.polling;

import io.grapevine.reference.Source;
import java.time.Duration;

/**
 * One thing a poller polls.
 *
 * @param key      stable identity of the state row: {@code feed:<url>}, {@code x:<handle>}, {@code bluesky:<actor>}
 * @param poller   {@code feed}, {@code x} or {@code bluesky}
 * @param source   the publisher, from the catalogue (or made up for an unknown one)
 * @param target   the feed URL, the X handle without {@code @}, or the Bluesky actor
 * @param interval time between successful polls
 */
public record PolledSource(String key, String poller, Source source, String target, Duration interval) {
}
