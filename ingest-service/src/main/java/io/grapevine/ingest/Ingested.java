package io.grapevine.ingest;

/**
 * What became of one offered report.
 *
 * @param id     its stable report id
 * @param status {@code accepted} (published now) or {@code duplicate} (published before, not again)
 */
public record Ingested(String id, String status) {

    public static final String ACCEPTED = "accepted";
    public static final String DUPLICATE = "duplicate";

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }
}
