package io.grapevine.query.service;

import io.grapevine.query.QueryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The API keys that open the write endpoints: {@code grapevine.api-keys} plus the lines of
 * {@code grapevine.api-key-file} when that file exists (the local run writes {@code .grapevine/api-key}). Keys are
 * compared in constant time.
 */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);

    private final List<byte[]> keys;

    public ApiKeys(QueryConfig config) {
        List<byte[]> found = new ArrayList<>();
        config.apiKeys().ifPresent(list -> list.stream().map(String::trim).filter(k -> !k.isEmpty())
                .forEach(k -> found.add(k.getBytes(StandardCharsets.UTF_8))));
        config.apiKeyFile().map(Path::of).filter(Files::isRegularFile).ifPresent(file -> {
            try {
                Files.readAllLines(file).stream().map(String::trim).filter(k -> !k.isEmpty() && !k.startsWith("#"))
                        .forEach(k -> found.add(k.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                LOG.warnf("cannot read the API key file %s: %s", file, e.getMessage());
            }
        });
        if (found.isEmpty()) {
            LOG.warn("no API key configured (grapevine.api-keys / grapevine.api-key-file): write endpoints refuse every request");
        }
        this.keys = List.copyOf(found);
    }

    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean ok = false;
        for (byte[] key : keys) {
            ok |= MessageDigest.isEqual(key, candidate);
        }
        return ok;
    }
}
