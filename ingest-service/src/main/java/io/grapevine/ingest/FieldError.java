package io.grapevine.ingest;

/**
 * One thing wrong with a request.
 *
 * @param index    position of the report in a batch, null for a single report or the request as a whole
 * @param field    the field, null for the report or request as a whole
 * @param detail   what is wrong, in words
 * @param tooLarge true when a size limit was exceeded (413), false for a malformed value (400)
 */
public record FieldError(Integer index, String field, String detail, boolean tooLarge) {

    public static FieldError invalid(Integer index, String field, String detail) {
        return new FieldError(index, field, detail, false);
    }

    public static FieldError tooLarge(Integer index, String field, String detail) {
        return new FieldError(index, field, detail, true);
    }

    /** RFC 6901 pointer into the request body: {@code /3/text} in a batch, {@code /text} for one report. */
    public String pointer() {
        StringBuilder p = new StringBuilder();
        if (index != null) {
            p.append('/').append(index);
        }
        if (field != null) {
            p.append('/').append(field);
        }
        return p.length() == 0 ? "" : p.toString();
    }

    /** Human name of the field: {@code [3].text}, {@code text}, {@code [3]} or {@code body}. */
    public String name() {
        if (index == null) {
            return field == null ? "body" : field;
        }
        return field == null ? "[" + index + "]" : "[" + index + "]." + field;
    }
}
