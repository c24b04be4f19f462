package io.grapevine.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.grapevine.contracts.kafka.ContractJson;
import io.grapevine.contracts.kafka.JsonSerde;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contracts' golden examples, their JSON Schemas and the Java records must agree. A renamed, removed or
 * retyped field breaks one of these tests: that is the point.
 */
class ContractSchemaTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("https://grapevine.io/schemas/", "classpath:schemas/")));

    static Stream<Arguments> contracts() {
        return Stream.of(
                Arguments.of("raw-report", RawReport.class),
                Arguments.of("claim", Claim.class),
                Arguments.of("transfer-snapshot", TransferSnapshot.class),
                Arguments.of("source-snapshot", SourceSnapshot.class),
                Arguments.of("clock-tick", ClockTick.class));
    }

    @ParameterizedTest(name = "{0} example is valid")
    @MethodSource("contracts")
    void goldenExampleMatchesSchema(String name, Class<?> type) throws IOException {
        assertThat(validate(name, example(name))).isEmpty();
    }

    @ParameterizedTest(name = "{0} record round-trips the example unchanged")
    @MethodSource("contracts")
    void recordRoundTripsExample(String name, Class<?> type) throws IOException {
        JsonNode golden = example(name);
        Object record = ContractJson.MAPPER.treeToValue(golden, type);
        JsonNode written = ContractJson.MAPPER.readTree(new JsonSerde<>(Object.class).serialize("t", record));

        assertThat(written).isEqualTo(golden);
        assertThat(validate(name, written)).isEmpty();
    }

    @ParameterizedTest(name = "{0} without a required field is rejected")
    @MethodSource("contracts")
    void missingRequiredFieldIsRejected(String name, Class<?> type) throws IOException {
        String required = example(name).has("id") ? "id" : "at";
        assertThat(validate(name, mutate(example(name), json -> json.remove(required)))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} with an undeclared field is rejected")
    @MethodSource("contracts")
    void undeclaredFieldIsRejected(String name, Class<?> type) throws IOException {
        assertThat(validate(name, mutate(example(name), json -> json.put("surprise", true)))).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void valuesOutOfRangeAreRejected() throws IOException {
        assertThat(validate("transfer-snapshot",
                mutate(example("transfer-snapshot"), json -> json.put("credibility", 1.5)))).isNotEmpty();
        assertThat(validate("transfer-snapshot",
                mutate(example("transfer-snapshot"), json -> json.put("status", "maybe")))).isNotEmpty();
        assertThat(validate("transfer-snapshot",
                mutate(example("transfer-snapshot"), json -> json.put("window", "summer 2024")))).isNotEmpty();
        assertThat(validate("claim", mutate(example("claim"), json -> json.put("stage", "gossip")))).isNotEmpty();
        assertThat(validate("claim", mutate(example("claim"),
                json -> ((ObjectNode) json.get("fee")).put("currency", "euro")))).isNotEmpty();
        assertThat(validate("raw-report", mutate(example("raw-report"), json -> json.put("text", "")))).isNotEmpty();
        assertThat(validate("raw-report",
                mutate(example("raw-report"), json -> json.put("publishedAt", "yesterday")))).isNotEmpty();
    }

    private static Set<ValidationMessage> validate(String name, JsonNode json) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = FACTORY.getSchema(com.networknt.schema.SchemaLocation.of(
                "https://grapevine.io/schemas/" + name + ".v1.schema.json"), config);
        return schema.validate(json);
    }

    private static JsonNode example(String name) throws IOException {
        try (InputStream in = ContractSchemaTest.class.getResourceAsStream("/examples/" + name + ".json")) {
            return ContractJson.MAPPER.readTree(in);
        }
    }

    private static JsonNode mutate(JsonNode json, Consumer<ObjectNode> change) {
        ObjectNode copy = json.deepCopy();
        change.accept(copy);
        return copy;
    }
}
