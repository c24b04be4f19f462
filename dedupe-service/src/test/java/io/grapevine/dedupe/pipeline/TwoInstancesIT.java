package io.grapevine.dedupe.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grapevine.contracts.Claim;
import io.grapevine.contracts.ClubRef;
import io.grapevine.contracts.PlayerMention;
import io.grapevine.contracts.ReportInfo;
import io.grapevine.contracts.SourceRef;
import io.grapevine.contracts.Stage;
import io.grapevine.contracts.TransferSnapshot;
import io.grapevine.contracts.kafka.Topics;
import io.grapevine.infra.InfraEndpoints;
import io.grapevine.infra.PortAllocator;
import io.grapevine.infra.ServiceProcess;
import io.grapevine.reference.SourceCatalogue;
import io.grapevine.testkit.KafkaTestClient;
import io.grapevine.testkit.SharedInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Two packaged dedupe-service processes in one consumer group over the 6 partitions of rumours.claims.v1, sharing one
 * PostgreSQL, hold exactly the stories that one consumer replaying the log from the start builds, even when one of
 * them is killed (SIGKILL) halfway through; and the newest snapshot of every story on transfers.v1 is the one in the
 * database (nothing committed was left unpublished).
 */
class TwoInstancesIT {

    private static final List<String> SOURCES = List.of("sky-sports", "the-athletic", "fabrizio-romano", "the-sun",
            "gazzetta-dello-sport", "marca", "bild", "daily-mail", "lfc-transfer-room", "david-ornstein");
    private static final List<String> CLUBS = List.of("liverpool", "chelsea", "arsenal", "real-madrid", "bayern-munich");
    private static final Stage[] STAGES = {Stage.INTEREST, Stage.TALKS, Stage.BID, Stage.AGREEMENT, Stage.DENIED};

    @Test
    void twoProcessesInOneGroupBuildTheStoriesOneConsumerBuilds() throws Exception {
        InfraEndpoints endpoints = SharedInfrastructure.endpoints();
        Path work = Files.createDirectories(Path.of("target", "two-instances"));
        List<ServiceProcess> instances = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Map<String, String> config = new LinkedHashMap<>();
                config.put("kafka.bootstrap.servers", endpoints.kafkaBootstrapServers());
                config.put("quarkus.datasource.reactive.url", endpoints.reactiveUrl());
                config.put("quarkus.datasource.jdbc.url", endpoints.jdbcUrl());
                config.put("quarkus.datasource.username", "dedupe");
                config.put("quarkus.datasource.password", "dedupe");
                config.put("dedupe.ticker.enabled", "false");
                config.put("mp.messaging.incoming.claims.session.timeout.ms", "10000");
                config.put("mp.messaging.incoming.claims.heartbeat.interval.ms", "1000");
                instances.add(ServiceProcess.start(Path.of(".."), "dedupe-service", PortAllocator.freePort(), config,
                        work.resolve("instance-" + i + ".log")));
            }
            for (ServiceProcess p : instances) {
                p.awaitReady(Duration.ofSeconds(120), () -> { });
            }

            SourceCatalogue catalogue = SourceCatalogue.load();
            int sent = 0;
            for (int p = 0; p < 24; p++) {
                if (p == 12) {
                    // instance 0 dies without warning, possibly between a commit and its publication
                    Thread.sleep(1500);
                    ProcessHandle.of(instances.get(0).pid()).ifPresent(ProcessHandle::destroyForcibly);
                }
                String player = "player-" + (char) ('a' + p) + "-two";
                for (int k = 0; k < 6; k++) {
                    int n = p * 7 + k * 3;
                    var s = catalogue.byId(SOURCES.get(n % SOURCES.size())).orElseThrow();
                    String club = CLUBS.get((p + k / 3) % CLUBS.size());
                    Stage stage = STAGES[(k + p) % STAGES.length];
                    Instant at = Instant.parse("2023-06-01T08:00:00Z").plus(Duration.ofDays(3L * k + p % 5));
                    String report = "two-" + p + "-" + k;
                    Claim c = new Claim(report + ":" + club, new ReportInfo(report, new SourceRef(s.id(), s.name(), s.kind().wireName()),
                            null, null, at, null), new PlayerMention(player, "Player " + p, "Player " + p), new ClubRef(club, club),
                            null, null, stage, k % 2 == 0 ? List.of("reportedly") : List.of(), List.of(), "en", List.of("x"), at);
                    KafkaTestClient.send(Topics.CLAIMS, player, c);
                    sent++;
                }
            }
            for (int partition = 0; partition < Topics.CLAIMS.partitions(); partition++) {
                ClaimsLog.tick(partition, Instant.parse("2023-07-20T00:00:00Z"));
            }
            assertThat(sent).isEqualTo(144);

            Map<TopicPartition, Long> end = ClaimsLog.endOffsets();
            Map<String, TransferSnapshot> single = ClaimsLog.replay(end);
            assertThat(single).hasSizeGreaterThan(40);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Map<String, TransferSnapshot> db = ClaimsLog.database();
                var targets = ClaimsLog.mergeTargets(db, single);
                assertThat(ClaimsLog.comparable(db, targets)).isEqualTo(ClaimsLog.comparable(single, targets));
            });
            // the newest snapshot of each story on transfers.v1 is the database's, version included
            Map<String, TransferSnapshot> stored = ClaimsLog.databaseWithVersions();
            Map<String, TransferSnapshot> published = ClaimsLog.newestSnapshots(stored.keySet());
            assertThat(published).isEqualTo(stored);
            // both processes owned partitions of rumours.claims.v1
            for (int i = 0; i < 2; i++) {
                assertThat(partitions(work.resolve("instance-" + i + ".log"))).as("partitions of instance " + i).isNotEmpty();
            }
        } finally {
            for (ServiceProcess p : instances) {
                p.close();
            }
        }
    }

    private static Set<Integer> partitions(Path log) throws Exception {
        Matcher m = Pattern.compile("topic-partition 'rumours\\.claims\\.v1-(\\d)'").matcher(Files.readString(log));
        Set<Integer> out = new TreeSet<>();
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
