package io.grapevine.contracts.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: the event's attributes travel as {@code ce_*}
 * headers and the record value is the JSON event data.
 */
public final class CloudEvents {

    public static final String SPEC_VERSION = "1.0";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPECVERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    /** Dead-letter headers: why a record could not be processed, and where it came from. */
    public static final String DLQ_REASON = "dead-letter-reason";
    public static final String DLQ_TOPIC = "dead-letter-topic";

    private CloudEvents() {
    }

    /**
     * Headers for one event.
     *
     * @param type    the topic's event type
     * @param source  URI-reference of the producing service, e.g. {@code /grapevine/ingest-service}
     * @param id      unique per event (with source); re-sending the same event keeps its id
     * @param time    when the occurrence happened
     * @param subject what the event is about (a report, player or story id), may be null
     */
    public static Headers headers(String type, String source, String id, Instant time, String subject) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(ID, bytes(id));
        headers.add(TYPE, bytes(type));
        headers.add(SOURCE, bytes(source));
        headers.add(SPECVERSION, bytes(SPEC_VERSION));
        headers.add(TIME, bytes(time.toString()));
        headers.add(CONTENT_TYPE, bytes(JSON));
        if (subject != null) {
            headers.add(SUBJECT, bytes(subject));
        }
        return headers;
    }

    /** The value of a header as text, or null when absent. */
    public static String text(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
