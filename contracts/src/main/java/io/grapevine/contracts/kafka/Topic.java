package io.grapevine.contracts.kafka;

/**
 * A topic of the catalogue: its name, what its keys and values are, and how it is laid out.
 *
 * @param name       topic name; the suffix is the contract version
 * @param keyType    type of the record key
 * @param valueType  type of the record value ({@code byte[]} for dead-letter topics, which keep the original)
 * @param partitions partition count
 * @param cleanup    delete (a log of events) or compact (the latest state per key)
 * @param eventType  CloudEvents {@code ce_type} of its records, null for dead-letter topics
 */
public record Topic<K, V>(
        String name,
        Class<K> keyType,
        Class<V> valueType,
        int partitions,
        CleanupPolicy cleanup,
        String eventType) {

    /** The dead-letter topic of this topic: same key, the original bytes as value, the reason in headers. */
    public Topic<K, byte[]> deadLetter() {
        return new Topic<>(name + ".dlq", keyType, byte[].class, 1, CleanupPolicy.DELETE, null);
    }
}
