package io.grapevine.contracts.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer and deserializer for a contract type, in its {@link ContractJson} form. The named subclasses
 * below exist because Kafka configuration instantiates a deserializer from its class name.
 */
public class JsonSerde<T> implements Serializer<T>, Deserializer<T> {

    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the contract's JSON form is fixed
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return ContractJson.MAPPER.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null; // a tombstone
        }
        try {
            return ContractJson.MAPPER.readValue(data, type);
        } catch (IOException e) {
            throw new SerializationException("not a valid " + type.getSimpleName() + " on " + topic + ": "
                    + e.getMessage(), e);
        }
    }

    public static final class RawReportSerde extends JsonSerde<io.grapevine.contracts.RawReport> {
        public RawReportSerde() {
            super(io.grapevine.contracts.RawReport.class);
        }
    }

    public static final class ClaimSerde extends JsonSerde<io.grapevine.contracts.Claim> {
        public ClaimSerde() {
            super(io.grapevine.contracts.Claim.class);
        }
    }

    public static final class TransferSnapshotSerde extends JsonSerde<io.grapevine.contracts.TransferSnapshot> {
        public TransferSnapshotSerde() {
            super(io.grapevine.contracts.TransferSnapshot.class);
        }
    }

    public static final class SourceSnapshotSerde extends JsonSerde<io.grapevine.contracts.SourceSnapshot> {
        public SourceSnapshotSerde() {
            super(io.grapevine.contracts.SourceSnapshot.class);
        }
    }

    /** Serializes any contract record; the type is only needed to read. */
    public static final class AnySerializer extends JsonSerde<Object> {
        public AnySerializer() {
            super(Object.class);
        }
    }
}
