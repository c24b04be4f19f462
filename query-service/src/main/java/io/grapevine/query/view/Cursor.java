package io.grapevine.query.view;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * An opaque pagination cursor: the sort and the position (key, id) of the last item of a page. The next page starts
 * strictly after it, so stories that change between requests never repeat an item within one order.
 */
public record Cursor(Sort sort, Sort.Key after) {

    public String encode() {
        String raw = sort.wireName() + "|" + Long.toHexString(Double.doubleToLongBits(after.key())) + "|" + after.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<Cursor> decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length != 3 || parts[2].isEmpty()) {
                return Optional.empty();
            }
            Optional<Sort> sort = Sort.parse(parts[0]);
            double key = Double.longBitsToDouble(Long.parseUnsignedLong(parts[1], 16));
            return sort.map(s -> new Cursor(s, new Sort.Key(key, parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
