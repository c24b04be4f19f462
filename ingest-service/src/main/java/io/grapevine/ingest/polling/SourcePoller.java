package io.grapevine.ingest.polling;

import io.grapevine.contracts.Channel;
import io.grapevine.ingest.ReportInput;
import io.grapevine.ingest.SourceState;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Fetches what is new at one kind of source. Implementations block and run on worker threads. */
public interface SourcePoller {

    /** {@code feed}, {@code x} or {@code bluesky}. */
    String name();

    /**
     * Fetches the items published since {@code state} (a detached copy: read it, never write it here).
     *
     * @throws PollException when the source cannot be read
     */
    Batch fetch(PolledSource source, SourceState state) throws PollException, InterruptedException;

    /**
     * What one poll found.
     *
     * @param channel     the channel of its reports
     * @param status      what the source answered, e.g. {@code 200}, {@code 304 not modified}
     * @param items       the reports, oldest first
     * @param invalid     items that could not even be made into a report (no text, no id)
     * @param afterPublish advances the state (validators, cursor) once the items are published
     */
    record Batch(Channel channel, String status, List<ReportInput> items, int invalid, Consumer<SourceState> afterPublish) {
    }

    /** A source could not be polled; {@code retryAfter} when it said when to come back. */
    final class PollException extends Exception {
        private final transient Duration retryAfter;

        public PollException(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        public PollException(String message, Throwable cause) {
            super(message, cause);
            this.retryAfter = null;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
