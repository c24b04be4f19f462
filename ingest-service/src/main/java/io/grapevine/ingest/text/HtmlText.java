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
        if (isTidy(text)) {
            return text; // the common case for plain text: nothing to collapse, no copy
        }
        char[] out = new char[text.length()];
        int length = 0;
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!visibleAscii(c)) { // the common case needs none of these checks
                if (c == '\n') {
                    newlines++;
                    space = false;
                    continue;
                } else if (c == '\r') {
                    continue;
                } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = true;
                    continue;
                } else if (Character.getType(c) == Character.CONTROL || c == '\u200b' || c == '\ufeff') {
                    continue;
                }
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

    private static boolean visibleAscii(char c) {
        return c > ' ' && c < 0x7f;
    }

    /**
     * Whether {@link #tidy} would return the text unchanged: printable ASCII words separated by single spaces, single
     * line breaks or one empty line, nothing at either end. Anything else (other characters included) is left to tidy.
     */
    private static boolean isTidy(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (!visibleAscii(text.charAt(0)) || !visibleAscii(text.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = text.charAt(i);
            if (visibleAscii(c)) {
                continue;
            }
            char before = text.charAt(i - 1);
            if (c == ' ' && before > ' ') {
                continue; // a single space after a visible character
            }
            if (c == '\n' && (before > ' ' || before == '\n' && text.charAt(i - 2) > ' ')) {
                continue; // a line break, or the second of two, after a visible character
            }
            return false;
        }
        return true;
    }
}
