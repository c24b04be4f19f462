package io.grapevine.ingest.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces HTML to plain text: block elements become paragraphs, {@code <br>} a line break, scripts, styles and
 * embedded media disappear, entities are decoded and whitespace is collapsed. Plain text passes through unchanged
 * except for whitespace normalisation.
 */
public final class HtmlText {

    private static final Pattern MARKUP = Pattern.compile(
            "</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>|&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "iframe", "object", "embed",
            "svg", "canvas", "template", "head", "button", "form", "select", "video", "audio");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside",
            "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "figure", "figcaption", "hr", "main", "nav", "address");

    private HtmlText() {
    }

    /**
     * True when the text contains tags or character entities. Every match starts with '<' or '&', so the pattern is
     * tried only there (a {@code find} over plain text tries it at every character, which cost more than the rest of
     * a push request).
     */
    public static boolean looksLikeHtml(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = null;
        for (int i = nextMarkupStart(text, 0); i >= 0; i = nextMarkupStart(text, i + 1)) {
            m = m == null ? MARKUP.matcher(text) : m;
            if (m.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static int nextMarkupStart(String text, int from) {
        int lt = text.indexOf('<', from);
        int amp = text.indexOf('&', from);
        return lt < 0 ? amp : amp < 0 ? lt : Math.min(lt, amp);
    }

    /** Plain text of an HTML fragment (or of plain text, which only has its whitespace tidied). */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (!looksLikeHtml(html)) {
            return tidy(html);
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) {
                    return;
                }
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (DROPPED.contains(tag)) {
                        skipDepth = depth;
                    } else if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        out.append("\n\n");
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    } else if (tag.equals("img")) {
                        String alt = element.attr("alt");
                        if (!alt.isBlank()) {
                            out.append(' ').append(alt).append(' ');
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth == depth) {
                    skipDepth = -1;
                    return;
                }
                if (skipDepth < 0 && node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append("\n\n");
                }
            }
        }, body);
        return tidy(out.toString());
    }

    /** Collapses spaces inside lines, keeps single line breaks, and at most one empty line between paragraphs. */
    public static String tidy(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        if (isTidy(text, start, end)) { // the common case: nothing to collapse inside, no copy
            return start == 0 && end == text.length() ? text : text.substring(start, end);
        }
        char[] out = new char[text.length()];
        int length = 0;
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!kept(c)) {
                if (c == '\n') {
                    newlines++;
                    space = false;
                } else if (c != '\r' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                    space = true;
                }
                continue; // \r, control characters, zero-width space and byte-order mark are dropped
            }
            if (length > 0) {
                if (newlines > 1) {
                    out[length++] = '\n';
                    out[length++] = '\n';
                } else if (newlines == 1) {
                    out[length++] = '\n';
                } else if (space) {
                    out[length++] = ' ';
                }
            }
            newlines = 0;
            space = false;
            out[length++] = c;
        }
        return new String(out, 0, length);
    }

    /** Whether tidy keeps the character as it is (not whitespace, a control character, a zero-width space or a BOM). */
    private static boolean kept(char c) {
        if (c < 0x7f) {
            return c > ' ';
        }
        return !(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL
                || c == '\u200b' || c == '\ufeff');
    }

    /**
     * Whether text[start, end), which starts and ends with no character up to a space, is already what tidy makes of
     * it: kept characters separated by single spaces, single line breaks or one empty line.
     */
    private static boolean isTidy(String text, int start, int end) {
        if (start == end) {
            return true;
        }
        if (!kept(text.charAt(start)) || !kept(text.charAt(end - 1))) {
            return false;
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = text.charAt(i);
            if (kept(c)) {
                continue;
            }
            char before = text.charAt(i - 1);
            if (c == ' ' && kept(before)) {
                continue; // a single space after a kept character
            }
            if (c == '\n' && (kept(before) || before == '\n' && kept(text.charAt(i - 2)))) {
                continue; // a line break, or the second of two, after a kept character
            }
            return false;
        }
        return true;
    }
}
