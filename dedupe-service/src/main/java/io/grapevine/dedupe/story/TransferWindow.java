package io.grapevine.dedupe.story;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A transfer window: summer (June 1 to the September 1 deadline, inclusive) or winter (January to the February 1
 * deadline, inclusive). A date outside a window belongs to the next one: autumn news to next January, spring news to
 * the coming summer. All in UTC, all from event time.
 */
public record TransferWindow(int year, Season season) {

    public enum Season { SUMMER, WINTER }

    public static TransferWindow of(Instant at) {
        LocalDate d = at.atZone(ZoneOffset.UTC).toLocalDate();
        int year = d.getYear();
        LocalDate winterClose = LocalDate.of(year, 2, 2);
        LocalDate summerClose = LocalDate.of(year, 9, 2);
        if (d.isBefore(winterClose)) {
            return new TransferWindow(year, Season.WINTER);
        }
        if (d.isBefore(summerClose)) {
            return new TransferWindow(year, Season.SUMMER);
        }
        return new TransferWindow(year + 1, Season.WINTER);
    }

    public static TransferWindow parse(String id) {
        int dash = id.indexOf('-');
        return new TransferWindow(Integer.parseInt(id.substring(0, dash)),
                Season.valueOf(id.substring(dash + 1).toUpperCase(Locale.ROOT)));
    }

    /** "2024-summer", "2025-winter". */
    public String id() {
        return year + "-" + season.name().toLowerCase(Locale.ROOT);
    }

    /** When the window opens (start of June 1 or January 1). */
    public Instant opensAt() {
        return (season == Season.SUMMER ? LocalDate.of(year, 6, 1) : LocalDate.of(year, 1, 1))
                .atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the deadline day (September 1 or February 1). */
    public Instant closesAt() {
        return (season == Season.SUMMER ? LocalDate.of(year, 9, 2) : LocalDate.of(year, 2, 2))
                .atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Days after the deadline in which late announcements still join the window's stories. */
    public static final java.time.Duration GRACE = java.time.Duration.ofDays(3);

    /** When stories of this window settle: the close plus {@link #GRACE}. */
    public Instant settlesAt() {
        return closesAt().plus(GRACE);
    }

    /** The window before this one. */
    public TransferWindow previous() {
        return season == Season.SUMMER ? new TransferWindow(year, Season.WINTER) : new TransferWindow(year - 1, Season.SUMMER);
    }

    @Override
    public String toString() {
        return id();
    }
}
