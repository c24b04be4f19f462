package io.grapevine.infra.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Pid files under {@code .grapevine/run/}: how {@code down} and {@code status} find what {@code up} started.
 * A pid is trusted only while its process still looks like ours, so a recycled pid is never signalled.
 */
final class RunFiles {

    private RunFiles() {
    }

    static void writeLauncher(Path home, long pid) {
        write(home, "launcher", pid);
    }

    static void writeComponent(Path home, Component component, long pid) {
        write(home, component.id(), pid);
    }

    static Optional<ProcessHandle> launcher(Path home) {
        return read(home, "launcher").filter(p -> commandLine(p).contains("GrapevineCli"));
    }

    static Optional<ProcessHandle> component(Path home, Component component) {
        return read(home, component.id()).filter(p -> commandLine(p).contains("grapevine.component="));
    }

    /** A postmaster left running on our data directory by a launcher that was killed. */
    static Optional<ProcessHandle> orphanedPostmaster(Path home) {
        Path pidFile = home.resolve("postgres").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                            .filter(ProcessHandle::isAlive)
                            .filter(p -> commandLine(p).contains("postgres"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void clear(Path home) {
        deleteTree(home.resolve("run"));
    }

    static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + path, e);
        }
    }

    private static void write(Path home, String name, long pid) {
        try {
            Files.createDirectories(home.resolve("run"));
            Files.writeString(home.resolve("run").resolve(name + ".pid"), Long.toString(pid), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<ProcessHandle> read(Path home, String name) {
        Path file = home.resolve("run").resolve(name + ".pid");
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim()))
                    .filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String commandLine(ProcessHandle process) {
        return process.info().commandLine().orElse("");
    }
}
