package io.grapevine.infra;

import java.util.Locale;

/**
 * The PostgreSQL schema each service owns, with the role that owns it. The role's search_path is its schema,
 * so a service sees only its own tables without any client configuration. Local credentials only: the
 * password equals the role name; deployments set their own through the services' datasource settings.
 */
public enum ServiceSchema {
    INGEST,
    DEDUPE,
    QUERY;

    public String schema() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String role() {
        return schema();
    }

    public String localPassword() {
        return schema();
    }
}
