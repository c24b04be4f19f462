package io.grapevine.dedupe.extraction;

import io.grapevine.reference.TextFold;

/** Folding and slugs for player names: "Roméo Lavia" and "Romeo Lavia" both become {@code romeo-lavia}. */
public final class Names {

    private Names() {
    }

    /** Accent- and case-folded form ({@code "Moisés"} -> {@code "moises"}). */
    public static String fold(String s) {
        return TextFold.foldLoose(s.replace('’', '\''));
    }

    /** Slug of the folded name: lowercase ASCII letters and digits joined by {@code '-'}. */
    public static String slug(String name) {
        String f = TextFold.fold(name);
        StringBuilder out = new StringBuilder(f.length());
        boolean dash = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.append(c);
            } else if (c < 0x80 || !Character.isLetterOrDigit(c)) {
                dash = true;
            } else {
                out.append(c); // letters outside Latin script are kept as they are
            }
        }
        return out.toString();
    }

    /**
     * The registry key of a name: its last word folded, with a preceding particle ("van Dijk" -> "van dijk",
     * "de Ligt" -> "de ligt").
     */
    public static String surnameKey(String name) {
        String f = fold(name);
        if (f.isEmpty()) {
            return "";
        }
        String[] w = f.split(" ");
        String last = w[w.length - 1];
        if (w.length >= 2 && Tokens.isParticle(w[w.length - 2])) {
            return w[w.length - 2] + " " + last;
        }
        return last;
    }
}
