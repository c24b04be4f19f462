package io.grapevine.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grapevine.ingest.polling.FeedParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The hardened feed parser on its own (no Quarkus). */
class FeedParserTest {

    private static FeedParser.Feed parse(String xml) throws Exception {
        return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void externalEntitiesAreRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<rss><channel><item><description>&x;</description></item></channel></rss>"))
                .isInstanceOf(FeedParser.FeedException.class).hasMessageContaining("refused");
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"http://127.0.0.1:1/evil.dtd\">"
                + "<rss><channel><item><description>&x;</description></item></channel></rss>"))
                .isInstanceOf(FeedParser.FeedException.class);
    }

    @Test
    void entityExpansionBombsAreRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE b [<!ENTITY a0 \"aaaaaaaaaa\">");
        for (int i = 1; i < 12; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?>" + dtd + "<rss><channel><item><title>&a11;</title></item></channel></rss>"))
                .isInstanceOf(FeedParser.FeedException.class).hasMessageContaining("refused");
    }

    @Test
    void anUndeclaredEntityIsAnErrorNotAnExpansion() {
        assertThatThrownBy(() -> parse("<rss><channel><item><title>&nbsp;</title></item></channel></rss>"))
                .isInstanceOf(FeedParser.FeedException.class);
    }

    @Test
    void aPlainPublicDoctypeIsFine() throws Exception {
        FeedParser.Feed feed = parse("<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>Old</title>"
                + "<language>it</language><item><title>Vlahovic, la Juve accelera</title><link>https://www.example.it/a</link>"
                + "<description>La Juventus &#232; vicina all'accordo.</description></item></channel></rss>");
        assertThat(feed.items()).hasSize(1);
        assertThat(feed.items().get(0).text()).isEqualTo("La Juventus è vicina all'accordo.");
        assertThat(feed.items().get(0).language()).isEqualTo("it");
    }

    @Test
    void rss1RdfFeedsAndDatesInSeveralFormsAreRead() throws Exception {
        FeedParser.Feed feed = parse("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://example.org/"><title>RDF</title></channel>
                  <item rdf:about="https://example.org/1"><title>One</title><link>https://example.org/1</link>
                    <description>First</description><dc:date>2024-01-05T10:00:00+01:00</dc:date></item>
                </rdf:RDF>""");
        assertThat(feed.format()).isEqualTo(FeedParser.Format.RSS);
        assertThat(feed.items().get(0).guid()).isEqualTo("https://example.org/1");
        assertThat(feed.items().get(0).published()).isEqualTo(Instant.parse("2024-01-05T09:00:00Z"));
        assertThat(FeedParser.parseDate("Tue, 9 Jan 2024 08:00:00 EST")).isEqualTo(Instant.parse("2024-01-09T13:00:00Z"));
        assertThat(FeedParser.parseDate("9 Jan 2024 08:00 +0100")).isEqualTo(Instant.parse("2024-01-09T07:00:00Z"));
        assertThat(FeedParser.parseDate("Tue, 09 Jan 2024 08:00:00 GMT")).isEqualTo(Instant.parse("2024-01-09T08:00:00Z"));
        assertThat(FeedParser.parseDate("yesterday")).isNull();
    }

    @Test
    void notAFeedIsAnError() {
        assertThatThrownBy(() -> parse("<html><body>Not found</body></html>"))
                .isInstanceOf(FeedParser.FeedException.class).hasMessageContaining("neither RSS nor Atom");
        assertThatThrownBy(() -> parse("<rss><channel><item>")).isInstanceOf(FeedParser.FeedException.class);
    }
}
