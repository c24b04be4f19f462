package io.grapevine.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.grapevine.contracts.kafka.Topic;
import io.grapevine.contracts.kafka.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document subscribers read must describe the topics the catalogue really has. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("../docs/asyncapi.yaml");

    @Test
    void everyCatalogueTopicAndEventTypeIsDocumented() throws IOException {
        String document = Files.readString(DOCUMENT);

        for (Topic<String, ?> topic : Topics.all()) {
            assertThat(document).as("channel for " + topic.name()).contains("address: " + topic.name() + "\n");
            if (topic.eventType() != null) {
                assertThat(document).as("ce_type of " + topic.name()).contains("- " + topic.eventType() + "\n");
            }
        }
        assertThat(document).contains("- " + Topics.CLOCK_TICK_TYPE + "\n");
        for (String schema : new String[] {"raw-report", "claim", "transfer-snapshot", "source-snapshot", "clock-tick"}) {
            String reference = "contracts/src/main/resources/schemas/" + schema + ".v1.schema.json";
            assertThat(document).contains(reference);
            assertThat(Path.of("..", reference)).exists();
        }
    }
}
