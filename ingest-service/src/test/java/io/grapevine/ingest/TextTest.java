package io.grapevine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.grapevine.ingest.service.ReportValidator;
import io.grapevine.ingest.text.HtmlText;
import io.grapevine.ingest.text.LanguageDetector;
import io.grapevine.ingest.text.ReportIds;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Report ids, canonical URLs, HTML reduction and language detection (no Quarkus). */
class TextTest {

    @Test
    void canonicalUrlsDropWhatDoesNotIdentifyTheArticle() {
        assertThat(ReportIds.canonicalUrl("HTTPS://WWW.Gazzetta.it:443/Calcio/Bastoni/?utm_source=tw&id=7&fbclid=x#comments"))
                .isEqualTo("https://www.gazzetta.it/Calcio/Bastoni?id=7");
        assertThat(ReportIds.canonicalUrl("http://example.org:8080/a/")).isEqualTo("http://example.org:8080/a");
        assertThat(ReportIds.canonicalUrl("mailto:someone@example.org")).isNull();
        assertThat(ReportIds.canonicalUrl("not a url")).isNull();
    }

    @Test
    void idsPreferTheExternalIdThenTheUrlThenTheText() {
        String byExternal = ReportIds.of("sky-sports", "13001", "https://a.example/x", "text");
        assertThat(byExternal).matches("r-[0-9a-f]{16}");
        assertThat(ReportIds.of("sky-sports", "13001", "https://b.example/y", "other")).isEqualTo(byExternal);
        assertThat(ReportIds.of("bbc-sport", "13001", null, "text")).isNotEqualTo(byExternal);
        assertThat(ReportIds.of("a", null, "https://a.example/x", "t1")).isEqualTo(ReportIds.of("b", null, "https://a.example/x", "t2"));
        assertThat(ReportIds.of("a", null, null, "Hello,  World")).isEqualTo(ReportIds.of("a", null, null, "hello world"));
    }

    @Test
    void htmlBecomesParagraphsOfText() {
        assertThat(HtmlText.toText("<p>One &amp; two</p><p>Three<br>four</p><style>p{}</style><script>x()</script>"))
                .isEqualTo("One & two\n\nThree\nfour");
        assertThat(HtmlText.toText("a < b and 3 > 2")).isEqualTo("a < b and 3 > 2");
        assertThat(HtmlText.toText("  plain\ttext  \n\n\n\nnext ")).isEqualTo("plain text\n\nnext");
        assertThat(HtmlText.toText("no\u00a0break,\u200bzero\u0007width\r\n\u2003em")).isEqualTo("no break,zerowidth\nem");
        for (String tidy : List.of("one two\nthree\n\nfour", "x", "a.b", "Liverpool 2-1 (Salah 9')")) {
            assertThat(HtmlText.tidy(tidy)).isSameAs(tidy);
        }
        assertThat(HtmlText.tidy("a\n\n\nb")).isEqualTo("a\n\nb");
        assertThat(HtmlText.tidy("a \nb")).isEqualTo("a\nb");
        assertThat(HtmlText.tidy("a\n b")).isEqualTo("a\nb");
        assertThat(HtmlText.tidy("a  b")).isEqualTo("a b");
        assertThat(HtmlText.tidy("\ufeffa b\u200b")).isEqualTo("a b");
        assertThat(HtmlText.tidy(" a")).isEqualTo("a");
        assertThat(HtmlText.tidy("Müller, 25,\u00a0signs")).isEqualTo("Müller, 25, signs");
        assertThat(HtmlText.tidy("\n  Müller signs for €40m «officially».\n\nMore soon. \r\n")).isEqualTo("Müller signs for €40m «officially».\n\nMore soon.");
        assertThat(HtmlText.tidy(" \t\n ")).isEmpty();
        assertThat(HtmlText.tidy("a\u007fb\u0085c")).isEqualTo("abc");
    }

    @Test
    void timesInEveryAcceptedForm() {
        assertThat(ReportValidator.parseTime("2024-01-12T09:30:00Z")).isEqualTo(Instant.parse("2024-01-12T09:30:00Z"));
        assertThat(ReportValidator.parseTime(" 2024-02-29T23:59:59Z ")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
        assertThat(ReportValidator.parseTime("2024-01-12T09:30:00.250Z")).isEqualTo(Instant.parse("2024-01-12T09:30:00.250Z"));
        assertThat(ReportValidator.parseTime("2024-01-12T09:30:00+01:00")).isEqualTo(Instant.parse("2024-01-12T08:30:00Z"));
        assertThat(ReportValidator.parseTime("2024-01-12T09:30:00")).isEqualTo(Instant.parse("2024-01-12T09:30:00Z"));
        assertThat(ReportValidator.parseTime("2024-01-12")).isEqualTo(Instant.parse("2024-01-12T00:00:00Z"));
        assertThat(ReportValidator.parseTime("2023-02-29T10:00:00Z")).isNull();
        assertThat(ReportValidator.parseTime("2024-13-01T10:00:00Z")).isNull();
        assertThat(ReportValidator.parseTime("2024-01-12T24:00:00Z")).isEqualTo(Instant.parse("2024-01-13T00:00:00Z")); // ISO end of day
        assertThat(ReportValidator.parseTime("2024-01-1xT09:30:00Z")).isNull();
        assertThat(ReportValidator.parseTime("yesterday")).isNull();
    }

    @Test
    void markupIsRecognisedWhereverItStarts() {
        assertThat(HtmlText.looksLikeHtml("AT&T paid < 5 & more > 3 for R&D")).isFalse();
        assertThat(HtmlText.looksLikeHtml("a < b & c, then a late <em>tag")).isTrue();
        assertThat(HtmlText.looksLikeHtml("fish & chips &amp; peas")).isTrue();
        assertThat(HtmlText.looksLikeHtml("x".repeat(5000) + "</p>")).isTrue();
        assertThat(HtmlText.looksLikeHtml("&&& << <1 &# &#x; &a;")).isFalse();
        assertThat(HtmlText.looksLikeHtml("")).isFalse();
        assertThat(HtmlText.looksLikeHtml(null)).isFalse();
    }

    @Test
    void languagesAreDetectedFromFunctionWords() {
        assertThat(LanguageDetector.detect("Liverpool have made an enquiry for the defender and are waiting for an answer")).isEqualTo("en");
        assertThat(LanguageDetector.detect("Il Liverpool ha chiesto informazioni per il difensore della Nazionale")).isEqualTo("it");
        assertThat(LanguageDetector.detect("El Real Madrid ha presentado una oferta por el defensa de los blancos")).isEqualTo("es");
        assertThat(LanguageDetector.detect("Der FC Bayern hat sich mit dem Verein auf einen Wechsel geeinigt")).isEqualTo("de");
        assertThat(LanguageDetector.detect("Le PSG a trouvé un accord avec le club pour le transfert du joueur")).isEqualTo("fr");
        assertThat(LanguageDetector.detect("O Benfica não vai vender o jogador por menos de 100 milhões de euros")).isEqualTo("pt");
        assertThat(LanguageDetector.detect("Here we go!")).isNull();
    }
}
