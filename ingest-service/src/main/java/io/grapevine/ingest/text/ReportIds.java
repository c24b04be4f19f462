package io.grapevine.ingest.text;

import io.grapevine.reference.TextFold;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Stable report ids: {@code r-} and the first 16 hex digits of SHA-256 over the source id and the source's own id of
 * the report, else over its canonical URL, else over the source id and its normalised text. The same report sent
 * again, by any channel, gets the same id.
 */
public final class ReportIds {

    /** Query parameters that only track a click and never identify an article. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "ocid", "cmpid", "icid", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3",
            "at_custom4", "ito", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "igshid",
            "ref_src", "ref_url", "s", "t", "__twitter_impression", "smid", "share", "xtor");

    private ReportIds() {
    }

    public static String of(String sourceId, String externalId, String canonicalUrl, String text) {
        if (externalId != null && !externalId.isBlank()) {
            return "r-" + sha256Hex(sourceId + "|" + externalId.strip());
        }
        if (canonicalUrl != null && !canonicalUrl.isBlank()) {
            return "r-" + sha256Hex(canonicalUrl);
        }
        return "r-" + sha256Hex(sourceId + "|" + TextFold.foldLoose(text));
    }

    /**
     * The canonical form of a link: lower-case scheme and host, no default port, no fragment, no {@code utm_*} or
     * other click-tracking parameters, no trailing slash. Returns null when it is not an absolute http(s) URL.
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getRawAuthority() == null || uri.getHost() == null) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringJoiner query = new StringJoiner("&");
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (name.startsWith("utm_") || TRACKING.contains(name)) {
                    continue;
                }
                query.add(pair);
            }
        }
        StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        if (query.length() > 0) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
