package io.grapevine.infra;

import io.grapevine.contracts.kafka.Topic;
import io.grapevine.contracts.kafka.Topics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates what the services expect to exist: every topic of the catalogue, and the database with one schema
 * and one owning role per service. Idempotent: running it again changes nothing.
 */
public final class Provisioning {

    private Provisioning() {
    }

    /** Creates the catalogue's missing topics; returns the names it created. */
    public static List<String> createTopics(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.all().stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(Provisioning::newTopic)
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create topics on " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    private static NewTopic newTopic(Topic<?, ?> topic) {
        NewTopic created = new NewTopic(topic.name(), topic.partitions(), (short) 1);
        return created.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanup().config()));
    }

    /**
     * Creates the {@value InfraEndpoints#DATABASE} database and, for each service, a role and a schema it owns,
     * with the role's search_path set to that schema.
     *
     * @param adminJdbcUrlFor JDBC URL of a given database, connecting as a superuser
     */
    public static void createDatabase(java.util.function.Function<String, String> adminJdbcUrlFor, String user,
            String password) {
        try (Connection postgres = DriverManager.getConnection(adminJdbcUrlFor.apply("postgres"), user, password);
                Statement statement = postgres.createStatement()) {
            var exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + InfraEndpoints.DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + InfraEndpoints.DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database", e);
        }
        try (Connection grapevine = DriverManager.getConnection(adminJdbcUrlFor.apply(InfraEndpoints.DATABASE), user,
                password); Statement statement = grapevine.createStatement()) {
            for (ServiceSchema service : ServiceSchema.values()) {
                statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
                        + service.role() + "') THEN CREATE ROLE " + service.role() + " LOGIN PASSWORD '"
                        + service.localPassword() + "'; END IF; END $$");
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + service.schema() + " AUTHORIZATION " + service.role());
                statement.execute("ALTER ROLE " + service.role() + " SET search_path = " + service.schema());
                statement.execute("REVOKE ALL ON SCHEMA public FROM " + service.role());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the service schemas", e);
        }
    }
}
