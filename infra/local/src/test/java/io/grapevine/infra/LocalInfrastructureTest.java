package io.grapevine.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.grapevine.contracts.kafka.Topic;
import io.grapevine.contracts.kafka.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Starts the real broker and database twice on one data directory: provisioning, data survival, no orphans. */
class LocalInfrastructureTest {

    @Test
    void startsProvisionsKeepsDataAcrossRestartsAndLeavesNoProcessBehind() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "infra-");
        int kafkaPort = PortAllocator.freePort();
        int controllerPort = PortAllocator.freePort();
        int postgresPort = PortAllocator.freePort();

        long firstKafkaPid;
        try (LocalInfrastructure infra = LocalInfrastructure.start(home, kafkaPort, controllerPort, postgresPort)) {
            firstKafkaPid = infra.kafkaPid();
            InfraEndpoints endpoints = infra.endpoints();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    endpoints.kafkaBootstrapServers()))) {
                assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS))
                        .containsAll(Topics.all().stream().map(Topic::name).toList());
                var transfers = new ConfigResource(ConfigResource.Type.TOPIC, Topics.TRANSFERS.name());
                assertThat(admin.describeConfigs(List.of(transfers)).all().get(10, TimeUnit.SECONDS)
                        .get(transfers).get("cleanup.policy").value()).isEqualTo("compact");
                assertThat(admin.describeTopics(List.of(Topics.CLAIMS.name())).allTopicNames().get()
                        .get(Topics.CLAIMS.name()).partitions()).hasSize(6);
            }
            send(endpoints, "before-restart");
            for (ServiceSchema service : ServiceSchema.values()) {
                try (var connection = DriverManager.getConnection(endpoints.jdbcUrl(), service.role(),
                        service.localPassword()); var statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE IF NOT EXISTS probe (id text primary key)");
                    statement.execute("INSERT INTO probe VALUES ('kept') ON CONFLICT DO NOTHING");
                    var schema = statement.executeQuery("SELECT current_schema()");
                    schema.next();
                    assertThat(schema.getString(1)).isEqualTo(service.schema());
                }
            }
        }
        assertThat(ProcessHandle.of(firstKafkaPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        try (LocalInfrastructure infra = LocalInfrastructure.start(home, kafkaPort, controllerPort, postgresPort)) {
            assertThat(readAll(infra.endpoints())).contains("before-restart");
            try (var connection = DriverManager.getConnection(infra.endpoints().jdbcUrl(), "dedupe", "dedupe");
                    var statement = connection.createStatement()) {
                var rows = statement.executeQuery("SELECT id FROM probe");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("kept");
            }
        }
    }

    private static void send(InfraEndpoints endpoints, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW_REPORTS.name(), "k", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> readAll(InfraEndpoints endpoints) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.RAW_REPORTS.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
