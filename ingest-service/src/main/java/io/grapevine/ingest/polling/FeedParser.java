package io.grapevine.ingest.polling;

import io.grapevine.ingest.service.ReportValidator;
import io.grapevine.ingest.text.HtmlText;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads RSS 2.0 / 0.9x, RSS 1.0 (RDF) and Atom 1.0 with the JDK's StAX parser, hardened: no DTD processing, no
 * external entities or DTDs, no entity declarations at all (a DOCTYPE with an internal subset is rejected, which
 * stops XXE and entity-expansion bombs before any expansion), bounded depth and element count. Framework-free.
 */
public final class FeedParser {

    public static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    public static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    public static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String XML_NS = XMLConstants.XML_NS_URI;

    private static final int MAX_DEPTH = 64;
    private static final int MAX_ELEMENTS = 250_000;

    public enum Format { RSS, ATOM }

    /** One entry of a feed, HTML already reduced to text. */
    public record Item(String guid, String link, String title, String text, String author, Instant published,
            String language) {
    }

    public record Feed(Format format, String title, String language, List<Item> items) {
    }

    /** The feed could not be read safely. */
    public static final class FeedException extends Exception {
        public FeedException(String message) {
            super(message);
        }

        public FeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final XMLInputFactory FACTORY = hardenedFactory();

    private FeedParser() {
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not loaded: " + systemId);
        });
        return factory;
    }

    // ------------------------------------------------------------------------------------------------ tiny tree

    /** An element with its namespace, attributes and mixed content (Strings and Els). */
    static final class El {
        final String ns;
        final String name;
        final Map<String, String> attrs = new HashMap<>(4);
        final List<Object> content = new ArrayList<>(4);

        El(String ns, String name) {
            this.ns = ns == null ? "" : ns;
            this.name = name;
        }

        El child(String namespace, String local) {
            for (Object o : content) {
                if (o instanceof El e && e.name.equals(local) && (namespace == null || e.ns.equals(namespace))) {
                    return e;
                }
            }
            return null;
        }

        List<El> children(String namespace, String local) {
            List<El> out = new ArrayList<>();
            for (Object o : content) {
                if (o instanceof El e && e.name.equals(local) && (namespace == null || e.ns.equals(namespace))) {
                    out.add(e);
                }
            }
            return out;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (Object o : content) {
                if (o instanceof String s) {
                    sb.append(s);
                }
            }
            return sb.toString().strip();
        }

        /** The content as markup (for Atom xhtml content). */
        String innerMarkup() {
            StringBuilder sb = new StringBuilder();
            for (Object o : content) {
                if (o instanceof String s) {
                    sb.append(s.replace("&", "&amp;").replace("<", "&lt;"));
                } else if (o instanceof El e) {
                    sb.append('<').append(e.name).append('>').append(e.innerMarkup()).append("</").append(e.name).append('>');
                }
            }
            return sb.toString();
        }
    }

    static String childText(El parent, String namespace, String local) {
        for (El child : parent.children(namespace, local)) {
            String text = child.text();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    private static El readTree(byte[] xml) throws FeedException {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            List<El> stack = new ArrayList<>();
            El root = null;
            int elements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        String dtd = reader.getText();
                        if (dtd != null && (dtd.contains("[") || dtd.contains("<!ENTITY"))) {
                            throw new FeedException("the feed declares entities in its DOCTYPE; refused "
                                    + "(external entities and entity expansion are not allowed)");
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new FeedException(
                            "the feed references an undeclared entity &" + reader.getLocalName() + ";");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > MAX_ELEMENTS) {
                            throw new FeedException("the feed has more than " + MAX_ELEMENTS + " elements");
                        }
                        if (stack.size() >= MAX_DEPTH) {
                            throw new FeedException("the feed nests deeper than " + MAX_DEPTH + " elements");
                        }
                        El el = new El(reader.getNamespaceURI(), reader.getLocalName());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            String ns = reader.getAttributeNamespace(i);
                            String key = XML_NS.equals(ns) ? "xml:" + reader.getAttributeLocalName(i)
                                    : reader.getAttributeLocalName(i);
                            el.attrs.put(key, reader.getAttributeValue(i));
                        }
                        if (stack.isEmpty()) {
                            root = el;
                        } else {
                            stack.get(stack.size() - 1).content.add(el);
                        }
                        stack.add(el);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.get(stack.size() - 1).content.add(reader.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions: ignored
                    }
                }
            }
            if (root == null) {
                throw new FeedException("the document has no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new FeedException("not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ formats

    public static Feed parse(byte[] xml) throws FeedException {
        El root = readTree(xml);
        if (root.name.equals("feed") && root.ns.equals(ATOM_NS)) {
            return atom(root);
        }
        if (root.name.equals("rss")) {
            El channel = root.child(null, "channel");
            if (channel == null) {
                throw new FeedException("an RSS document without a channel");
            }
            return rss(channel, channel.children(null, "item"));
        }
        if (root.name.equals("RDF")) {
            El channel = root.child(null, "channel");
            return rss(channel == null ? root : channel, root.children(null, "item"));
        }
        throw new FeedException("neither RSS nor Atom: the root element is <" + root.name + ">");
    }

    private static Feed rss(El channel, List<El> items) {
        String feedLanguage = primaryLanguage(firstNonNull(childText(channel, null, "language"),
                childText(channel, DC_NS, "language")));
        List<Item> out = new ArrayList<>(items.size());
        for (El item : items) {
            String link = childText(item, null, "link");
            El guidEl = item.child(null, "guid");
            String guid = guidEl == null || guidEl.text().isEmpty() ? null : guidEl.text();
            if (link == null && guid != null && !"false".equalsIgnoreCase(guidEl.attrs.get("isPermaLink"))
                    && guid.startsWith("http")) {
                link = guid;
            }
            if (guid == null) {
                guid = item.attrs.get("about"); // RSS 1.0: rdf:about
            }
            String encoded = childText(item, CONTENT_NS, "encoded");
            String description = childText(item, null, "description");
            String body = encoded != null && (description == null || encoded.length() >= description.length())
                    ? encoded : description;
            String title = text(childText(item, null, "title"));
            String author = firstNonNull(childText(item, DC_NS, "creator"), childText(item, null, "author"));
            Instant published = parseDate(firstNonNull(childText(item, null, "pubDate"), childText(item, DC_NS, "date")));
            String language = primaryLanguage(childText(item, DC_NS, "language"));
            out.add(new Item(guid, link, title, HtmlText.toText(body), author == null ? null : HtmlText.tidy(author),
                    published, language != null ? language : feedLanguage));
        }
        return new Feed(Format.RSS, text(childText(channel, null, "title")), feedLanguage, out);
    }

    private static Feed atom(El feed) {
        String feedLanguage = primaryLanguage(feed.attrs.get("xml:lang"));
        String feedAuthor = feed.child(ATOM_NS, "author") == null ? null
                : childText(feed.child(ATOM_NS, "author"), ATOM_NS, "name");
        List<Item> out = new ArrayList<>();
        for (El entry : feed.children(ATOM_NS, "entry")) {
            String link = null;
            for (El l : entry.children(ATOM_NS, "link")) {
                String rel = l.attrs.getOrDefault("rel", "alternate");
                if (rel.equals("alternate") && l.attrs.get("href") != null) {
                    link = l.attrs.get("href").strip();
                    break;
                }
            }
            El content = firstNonNull(entry.child(ATOM_NS, "content"), entry.child(ATOM_NS, "summary"));
            El authorEl = entry.child(ATOM_NS, "author");
            String author = authorEl == null ? feedAuthor : childText(authorEl, ATOM_NS, "name");
            Instant published = parseDate(firstNonNull(childText(entry, ATOM_NS, "published"),
                    childText(entry, ATOM_NS, "updated")));
            String language = primaryLanguage(entry.attrs.get("xml:lang"));
            out.add(new Item(childText(entry, ATOM_NS, "id"), link, atomText(entry.child(ATOM_NS, "title")),
                    atomText(content), author, published, language != null ? language : feedLanguage));
        }
        return new Feed(Format.ATOM, atomText(feed.child(ATOM_NS, "title")), feedLanguage, out);
    }

    private static String atomText(El el) {
        if (el == null) {
            return null;
        }
        String type = el.attrs.getOrDefault("type", "text");
        String value = switch (type) {
            case "xhtml" -> HtmlText.toText(el.innerMarkup());
            case "html", "text/html" -> HtmlText.toText(el.text());
            default -> HtmlText.tidy(el.text());
        };
        return value.isBlank() ? null : value;
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String t = HtmlText.toText(value).replace('\n', ' ');
        return t.isBlank() ? null : t;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static String primaryLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"),
            Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"), Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"),
            Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"), Map.entry("BST", "+0100"), Map.entry("CET", "+0100"),
            Map.entry("CEST", "+0200"), Map.entry("WET", "+0000"), Map.entry("WEST", "+0100"));
    private static final DateTimeFormatter RFC822 = DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] Z",
            Locale.ENGLISH);

    /** RFC 822 (RSS) or ISO-8601 (Atom, Dublin Core) times; null when unreadable. */
    public static Instant parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        int space = v.lastIndexOf(' ');
        if (space > 0 && ZONES.containsKey(v.substring(space + 1).toUpperCase(Locale.ROOT))) {
            v = v.substring(0, space + 1) + ZONES.get(v.substring(space + 1).toUpperCase(Locale.ROOT));
        }
        try {
            return ZonedDateTime.parse(v, RFC822).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        return ReportValidator.parseTime(value);
    }
}
