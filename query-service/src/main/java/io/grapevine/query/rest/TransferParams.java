package io.grapevine.query.rest;

import io.grapevine.contracts.Stage;
import io.grapevine.contracts.StoryStatus;
import io.grapevine.query.service.ClubDirectory;
import io.grapevine.query.view.ClubFilter;
import io.grapevine.query.view.Cursor;
import io.grapevine.query.view.Sort;
import io.grapevine.query.view.TransferFilter;
import io.grapevine.reference.TextFold;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters, order and page of the story list (and, without order and page, of the stream). */
public class TransferParams {


    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final Pattern WINDOW = Pattern.compile("\\d{4}-(summer|winter)");

    @QueryParam("player")
    @Parameter(description = "Player name or id; case- and accent-insensitive, partial (\"bastoni\", \"Müller\")")
    public String player;

    @QueryParam("club")
    @Parameter(description = "Club on either side of the move: an id (\"inter-milan\") or a name (\"Inter Milan\")")
    public String club;

    @QueryParam("toClub")
    @Parameter(description = "Destination club: id or name")
    public String toClub;

    @QueryParam("fromClub")
    @Parameter(description = "Selling club: id or name")
    public String fromClub;

    @QueryParam("status")
    @Parameter(description = "One or more (comma-separated) of rumour, confirmed, denied, collapsed, expired")
    public String status;

    @QueryParam("stage")
    @Parameter(description = "One or more (comma-separated) of interest, talks, bid, agreement, medical, official, denied, collapsed")
    public String stage;

    @QueryParam("minCredibility")
    @Parameter(description = "Minimum credibility, 0..1")
    public String minCredibility;

    @QueryParam("window")
    @Parameter(description = "Transfer window, e.g. 2024-winter or 2025-summer")
    public String window;

    @QueryParam("since")
    @Parameter(description = "Only stories updated at or after this instant (ISO-8601, e.g. 2024-01-12T08:00:00Z, or a date)")
    public String since;

    @QueryParam("sort")
    @Parameter(description = "credibility (default), recent or heat")
    public String sort;

    @QueryParam("limit")
    @Parameter(description = "Page size, 1..200 (default 50)")
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page")
    public String cursor;

    /** The filters; throws a 400 problem listing every invalid parameter. */
    public TransferFilter filter(ClubDirectory clubs) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        TransferFilter filter = filter(clubs, invalid);
        if (!invalid.isEmpty()) {
            throw ProblemException.badRequest(invalid);
        }
        return filter;
    }

    /** The filters, order and page; throws a 400 problem listing every invalid parameter. */
    public Query query(ClubDirectory clubs) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        TransferFilter filter = filter(clubs, invalid);
        Sort order = Sort.CREDIBILITY;
        if (present(sort)) {
            order = Sort.parse(sort.trim()).orElse(null);
            if (order == null) {
                invalid.add(new Problem.InvalidParam("sort", "must be one of credibility, recent, heat"));
            }
        }
        int size = DEFAULT_LIMIT;
        if (present(limit)) {
            try {
                size = Integer.parseInt(limit.trim());
                if (size < 1 || size > MAX_LIMIT) {
                    invalid.add(new Problem.InvalidParam("limit", "must be between 1 and " + MAX_LIMIT));
                }
            } catch (NumberFormatException e) {
                invalid.add(new Problem.InvalidParam("limit", "must be an integer"));
            }
        }
        Cursor after = null;
        if (present(cursor)) {
            after = Cursor.decode(cursor.trim()).orElse(null);
            if (after == null) {
                invalid.add(new Problem.InvalidParam("cursor", "is not a cursor this API issued"));
            } else if (order != null && after.sort() != order) {
                invalid.add(new Problem.InvalidParam("cursor", "was issued for sort=" + after.sort().wireName()));
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.badRequest(invalid);
        }
        return new Query(filter, order, size, after);
    }

    private TransferFilter filter(ClubDirectory clubs, List<Problem.InvalidParam> invalid) {
        String playerText = null;
        if (player != null) {
            playerText = TextFold.fold(player);
            if (playerText.isEmpty()) {
                invalid.add(new Problem.InvalidParam("player", "must not be blank"));
            }
        }
        ClubFilter either = club(clubs, "club", club, invalid);
        ClubFilter to = club(clubs, "toClub", toClub, invalid);
        ClubFilter from = club(clubs, "fromClub", fromClub, invalid);
        Set<StoryStatus> statuses = enums(StoryStatus.class, "status", status, invalid);
        Set<Stage> stages = enums(Stage.class, "stage", stage, invalid);
        Double min = null;
        if (present(minCredibility)) {
            try {
                min = Double.parseDouble(minCredibility.trim());
                if (!(min >= 0 && min <= 1)) {
                    invalid.add(new Problem.InvalidParam("minCredibility", "must be between 0 and 1"));
                }
            } catch (NumberFormatException e) {
                invalid.add(new Problem.InvalidParam("minCredibility", "must be a number between 0 and 1"));
            }
        }
        String win = null;
        if (present(window)) {
            win = window.trim().toLowerCase(Locale.ROOT);
            if (!WINDOW.matcher(win).matches()) {
                invalid.add(new Problem.InvalidParam("window", "must look like 2024-winter or 2025-summer"));
            }
        }
        Instant from2 = null;
        if (present(since)) {
            from2 = instant(since.trim());
            if (from2 == null) {
                invalid.add(new Problem.InvalidParam("since", "must be an ISO-8601 instant or date"));
            }
        }
        return new TransferFilter(playerText, either, to, from, statuses, stages, min, win, from2);
    }

    private static ClubFilter club(ClubDirectory clubs, String name, String value, List<Problem.InvalidParam> invalid) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            invalid.add(new Problem.InvalidParam(name, "must not be blank"));
            return null;
        }
        return clubs.resolve(value);
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String name, String value,
            List<Problem.InvalidParam> invalid) {
        if (!present(value)) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String part : value.split(",")) {
            String p = part.trim();
            try {
                set.add(Enum.valueOf(type, p.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                List<String> allowed = new ArrayList<>();
                for (E c : type.getEnumConstants()) {
                    allowed.add(c.name().toLowerCase(Locale.ROOT));
                }
                invalid.add(new Problem.InvalidParam(name, "'" + p + "' is not one of " + String.join(", ", allowed)));
                return null;
            }
        }
        return set;
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** A validated list query. */
    public record Query(TransferFilter filter, Sort sort, int limit, Cursor cursor) {
    }
}
