package io.grapevine.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.grapevine.ingest.FieldError;
import io.grapevine.ingest.ReportInput;
import io.grapevine.ingest.text.HtmlText;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a push or import request body into reports, naming every bad field. Framework-free: the rules are the same
 * for HTTP push, the bulk import and the pollers (which call {@link #check}).
 */
public final class ReportValidator {

    public static final int MAX_SOURCE_CHARS = 300;
    public static final int MAX_URL_CHARS = 2048;
    public static final int MAX_EXTERNAL_ID_CHARS = 512;
    public static final int MAX_TITLE_CHARS = 1000;
    public static final int MAX_AUTHOR_CHARS = 300;
    /** How far in the future a publication time may lie (clock skew, time zones written wrongly). */
    public static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2}([-_][a-zA-Z0-9]{1,8})*");
    private static final List<String> FIELDS = List.of("source", "url", "externalId", "title", "text", "author",
            "publishedAt", "language");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The result of reading a request body. */
    public record Parsed(List<ReportInput> reports, List<FieldError> errors, boolean batch) {

        public boolean ok() {
            return errors.isEmpty();
        }

        public boolean tooLarge() {
            return errors.stream().anyMatch(FieldError::tooLarge);
        }
    }

    private final int maxTextChars;
    private final int maxBatchReports;
    private final Clock clock;

    public ReportValidator(int maxTextChars, int maxBatchReports, Clock clock) {
        this.maxTextChars = maxTextChars;
        this.maxBatchReports = maxBatchReports;
        this.clock = clock;
    }

    public int maxTextChars() {
        return maxTextChars;
    }

    /** Reads one report (a JSON object) or a batch (a JSON array of objects). */
    public Parsed parse(byte[] body) {
        if (body == null || body.length == 0) {
            return failed(FieldError.invalid(null, null, "is empty: send one report as a JSON object or a batch as a JSON array"));
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return failed(FieldError.invalid(null, null, "is not valid JSON" + where + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            return failed(FieldError.invalid(null, null, "could not be read: " + e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            return failed(FieldError.invalid(null, null, "is empty: send one report as a JSON object or a batch as a JSON array"));
        }
        if (root.isObject()) {
            List<FieldError> errors = new ArrayList<>();
            ReportInput report = read(null, root, errors);
            return new Parsed(errors.isEmpty() ? List.of(report) : List.of(), errors, false);
        }
        if (!root.isArray()) {
            return failed(FieldError.invalid(null, null, "must be a JSON object (one report) or a JSON array (a batch)"));
        }
        if (root.isEmpty()) {
            return new Parsed(List.of(), List.of(FieldError.invalid(null, null, "is an empty array: a batch needs at least one report")), true);
        }
        if (root.size() > maxBatchReports) {
            return new Parsed(List.of(), List.of(FieldError.tooLarge(null, null,
                    "holds " + root.size() + " reports; a batch may hold at most " + maxBatchReports)), true);
        }
        List<FieldError> errors = new ArrayList<>();
        List<ReportInput> reports = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            if (!item.isObject()) {
                errors.add(FieldError.invalid(i, null, "must be a JSON object"));
                continue;
            }
            ReportInput report = read(i, item, errors);
            if (report != null) {
                reports.add(report);
            }
        }
        return new Parsed(errors.isEmpty() ? reports : List.of(), errors, true);
    }

    private static Parsed failed(FieldError error) {
        return new Parsed(List.of(), List.of(error), false);
    }

    private ReportInput read(Integer index, JsonNode node, List<FieldError> errors) {
        int before = errors.size();
        String source = string(index, node, "source", errors);
        String url = string(index, node, "url", errors);
        String externalId = string(index, node, "externalId", errors);
        String title = string(index, node, "title", errors);
        String text = string(index, node, "text", errors);
        String author = string(index, node, "author", errors);
        String published = string(index, node, "publishedAt", errors);
        String language = string(index, node, "language", errors);
        java.util.Set<String> mistyped = new java.util.HashSet<>();
        for (int i = before; i < errors.size(); i++) {
            mistyped.add(errors.get(i).field());
        }
        Instant publishedAt = null;
        if (published != null) {
            publishedAt = parseTime(published);
            if (publishedAt == null) {
                errors.add(FieldError.invalid(index, "publishedAt",
                        "must be an ISO-8601 time such as 2024-01-12T09:30:00Z, or a date such as 2024-01-12"));
                mistyped.add("publishedAt");
            }
        }
        ReportInput input = new ReportInput(source, url, externalId, title, text, author, publishedAt, language);
        check(index, input, errors, mistyped);
        return errors.size() > before ? null : normalise(input);
    }

    /** Checks the values of a report and appends what is wrong. Used for every channel. */
    public void check(Integer index, ReportInput r, List<FieldError> errors) {
        check(index, r, errors, java.util.Set.of());
    }

    /**
     * @param mistyped fields that already failed their type check: their values are null here and are not reported
     *                 again
     */
    private void check(Integer index, ReportInput r, List<FieldError> errors, java.util.Set<String> mistyped) {
        if (r.text() == null) {
            if (!mistyped.contains("text")) {
                errors.add(FieldError.invalid(index, "text", "is required"));
            }
        } else if (r.text().length() > maxTextChars) {
            errors.add(FieldError.tooLarge(index, "text",
                    "has " + r.text().length() + " characters; the limit is " + maxTextChars));
        } else if (r.text().isBlank() || HtmlText.looksLikeHtml(r.text()) && HtmlText.toText(r.text()).isBlank()) {
            errors.add(FieldError.invalid(index, "text", "is blank"));
        }
        if (r.source() != null) {
            if (r.source().isBlank()) {
                errors.add(FieldError.invalid(index, "source", "is blank"));
            } else if (r.source().length() > MAX_SOURCE_CHARS) {
                errors.add(FieldError.invalid(index, "source", "must be at most " + MAX_SOURCE_CHARS + " characters"));
            }
        }
        if (r.url() != null) {
            if (r.url().length() > MAX_URL_CHARS) {
                errors.add(FieldError.invalid(index, "url", "must be at most " + MAX_URL_CHARS + " characters"));
            } else if (!isHttpUrl(r.url())) {
                errors.add(FieldError.invalid(index, "url", "must be an absolute http or https URL"));
            }
        }
        if (r.source() == null && r.url() == null && !mistyped.contains("source") && !mistyped.contains("url")) {
            errors.add(FieldError.invalid(index, "source",
                    "is required when there is no url (a catalogue id, a name, a handle like @LFCTransferRoom or a domain like gazzetta.it)"));
        }
        maxLength(index, "externalId", r.externalId(), MAX_EXTERNAL_ID_CHARS, errors);
        maxLength(index, "title", r.title(), MAX_TITLE_CHARS, errors);
        maxLength(index, "author", r.author(), MAX_AUTHOR_CHARS, errors);
        if (r.externalId() != null && r.externalId().isBlank()) {
            errors.add(FieldError.invalid(index, "externalId", "is blank"));
        }
        if (r.publishedAt() != null && r.publishedAt().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            errors.add(FieldError.invalid(index, "publishedAt", "lies in the future"));
        }
        if (r.language() != null && !LANGUAGE.matcher(r.language().strip()).matches()) {
            errors.add(FieldError.invalid(index, "language", "must be an ISO 639-1 code such as en or it (optionally en-GB)"));
        }
    }

    /** Reduces HTML in the text and title, trims values and keeps only the primary language subtag. */
    public static ReportInput normalise(ReportInput r) {
        String language = r.language() == null ? null
                : r.language().strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return new ReportInput(
                blankToNull(r.source()),
                blankToNull(r.url()),
                blankToNull(r.externalId()),
                r.title() == null ? null : blankToNull(HtmlText.toText(r.title()).replace('\n', ' ')),
                HtmlText.toText(r.text()),
                r.author() == null ? null : blankToNull(HtmlText.tidy(r.author())),
                r.publishedAt(),
                language);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void maxLength(Integer index, String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(FieldError.invalid(index, field, "must be at most " + max + " characters"));
        }
    }

    private static String string(Integer index, JsonNode node, String field, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (field.equals("externalId") && value.isIntegralNumber()) {
            return value.asText();
        }
        errors.add(FieldError.invalid(index, field, "must be a string"));
        return null;
    }

    static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** ISO-8601 instant, offset or local date-time (taken as UTC), or a bare date (midnight UTC); null otherwise. */
    public static Instant parseTime(String value) {
        String v = value.strip();
        Instant utc = parseUtcSeconds(v);
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    /**
     * The usual form, {@code 2024-01-12T09:30:00Z}, read directly: the formatters below cost more than the rest of a
     * report's checks. Null for any other form (or an impossible date), which the formatters then handle.
     */
    private static Instant parseUtcSeconds(String v) {
        if (v.length() != 20 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T' || v.charAt(13) != ':'
                || v.charAt(16) != ':' || v.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        int hour = digits(v, 11, 13);
        int minute = digits(v, 14, 16);
        int second = digits(v, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException impossible) {
            return null;
        }
    }

    /** The decimal value of v[from, to), or -1 when a character is not a digit. */
    private static int digits(String v, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The fields a report may carry, for documentation and error messages. */
    public static List<String> fields() {
        return FIELDS;
    }
}
