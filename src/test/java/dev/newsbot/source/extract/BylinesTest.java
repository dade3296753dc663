package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void dropsASeparatorLeftAtTheEndOfAName() {
    assertEquals(List.of("Wren Talbot"), Bylines.names(List.of("Wren Talbot -")));
  }

  @Test
  void takesNoNameFromAPostedOnLabel() {
    assertEquals(List.of(), Bylines.names(List.of("Posted on")));
  }

  @Test
  void findsTheBylineWhenTheBodyIsNamedAfterASidebarLayout() {
    Document doc =
        Jsoup.parse(
            "<html><body class='single right-sidebar'><div class='post'><h1>Headline</h1>"
                + "<span class='author-name'>Wren Talbot</span><p>Story text.</p></div></body></html>");
    assertEquals(List.of("Wren Talbot"), BylineFinder.find(doc.body(), doc.selectFirst("h1")));
  }

  @Test
  void skipsBylinesOfRelatedStories() {
    Document doc =
        Jsoup.parse(
            "<html><body><div class='post'><h1>Headline</h1><p>Story text.</p></div>"
                + "<div class='related-posts'><span class='author-name'>Someone Else</span></div></body></html>");
    assertEquals(List.of(), BylineFinder.find(doc.body(), doc.selectFirst("h1")));
  }

  @Test
  void dropsChineseBylineLabels() {
    assertEquals(List.of("李美华"), Bylines.names(List.of("作者：李美华")));
    assertEquals(List.of("李美华"), Bylines.names(List.of("记者 李美华")));
    assertEquals(List.of("李美华"), Bylines.names(List.of("本报记者李美华报道")));
  }

  @Test
  void splitsChineseNamesOnTheEnumerationComma() {
    assertEquals(List.of("李美华", "张伟明"), Bylines.names(List.of("文／李美华、张伟明")));
  }

  @Test
  void dropsMalayBylineLabels() {
    assertEquals(
        List.of("Ahmad Faizal Rahman"), Bylines.names(List.of("Oleh Ahmad Faizal Rahman")));
    assertEquals(
        List.of("Nurul Huda", "Hafiz Osman"),
        Bylines.names(List.of("Penulis: Nurul Huda dan Hafiz Osman")));
  }
}
