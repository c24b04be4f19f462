package io.grapevine.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.grapevine.ingest.text.HtmlText;
import io.grapevine.ingest.text.LanguageDetector;
import io.grapevine.ingest.text.ReportIds;
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
