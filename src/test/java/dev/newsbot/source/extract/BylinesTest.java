package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BylinesTest {
  /** The byline BylineFinder reads off a page whose headline is its first h1. */
  private static List<String> byline(String html) {
    Document doc = Jsoup.parse(html);
    return BylineFinder.find(doc.body(), doc.selectFirst("h1"), "Harbour Times", "harbour.example");
  }

  @Test
  void dropsASeparatorLeftAtTheEndOfAName() {
    assertEquals(List.of("Wren Talbot"), Bylines.names(List.of("Wren Talbot -")));
  }

  @Test
  void dropsTheFullStopOfABylineWrittenAsASentenceButNotAnInitials() {
    assertEquals(
        List.of("Wren Talbot"), Bylines.names(List.of("By Wren Talbot. Edited by Ola Brand")));
    assertEquals(List.of("Wren Talbot"), Bylines.names(List.of("By Wren Talbot.")));
    assertEquals(List.of("Wren T."), Bylines.names(List.of("By Wren T.")));
    assertEquals(List.of("Ola Brand Jr."), Bylines.names(List.of("By Ola Brand Jr.")));
  }

  @Test
  void leavesOutTheEditorNamedAfterTheWriter() {
    assertEquals(
        List.of("Wren Talbot"),
        Bylines.names(List.of("Written by Wren Talbot / Edited by Odile Marchetti")));
    assertEquals(
        List.of("Wren Talbot"),
        Bylines.names(List.of("Written by Wren Talbot Edited by Odile Marchetti")));
  }

  @Test
  void readsTheWriterNamedAfterTheEditor() {
    assertEquals(
        List.of("Wren Talbot"),
        Bylines.names(List.of("Edited by Odile Marchetti, written by Wren Talbot")));
  }

  @Test
  void separatesNamesWithASlash() {
    assertEquals(
        List.of("Wren Talbot", "Odile Marchetti"),
        Bylines.names(List.of("Wren Talbot / Odile Marchetti")));
  }

  @Test
  void takesNoNameFromAPostedOnLabel() {
    assertEquals(List.of(), Bylines.names(List.of("Posted on")));
  }

  @Test
  void findsTheBylineWhenTheBodyIsNamedAfterASidebarLayout() {
    assertEquals(
        List.of("Wren Talbot"),
        byline(
            "<html><body class='single right-sidebar'><div class='post'><h1>Headline</h1>"
                + "<span class='author-name'>Wren Talbot</span><p>Story text.</p></div></body></html>"));
  }

  @Test
  void skipsBylinesOfRelatedStories() {
    assertEquals(
        List.of(),
        byline(
            "<html><body><div class='post'><h1>Headline</h1><p>Story text.</p></div>"
                + "<div class='related-posts'><span class='author-name'>Someone Else</span></div></body></html>"));
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

  @Test
  void dropsAnAuthorArchiveLinkLabel() {
    assertEquals(List.of("Priya Menon"), Bylines.names(List.of("View all posts by Priya Menon")));
    assertEquals(List.of("Priya Menon"), Bylines.names(List.of("More stories by Priya Menon")));
  }

  @Test
  void dropsTheSiteNameSharingABylineButKeepsAnAgencyOnItsOwn() {
    assertEquals(
        List.of("Priya Menon"),
        Bylines.withoutSite(List.of("Priya Menon", "CNN"), "CNN", "edition.cnn.com"));
    assertEquals(List.of("Reuters"), Bylines.withoutSite(List.of("Reuters"), "Reuters", ""));
  }

  @Test
  void readsTheNameFromTheWritersLinkInABylineThatAlsoHoldsTheDate() {
    assertEquals(
        List.of("Odile Marchetti"),
        byline(
            "<html><body><h1>Headline</h1><div data-testid='story-byline'><span>By</span>"
                + "<span><a href='/about/newsteam/odile-marchetti'>Odile Marchetti</a></span>"
                + "<span>Thursday, 3:40PM</span></div><p>Story text.</p></body></html>"));
  }

  @Test
  void readsEveryWriterLinkedInOneByline() {
    assertEquals(
        List.of("Odile Marchetti", "Bram Okafor"),
        byline(
            "<html><body><h1>Headline</h1><div class='byline'>By"
                + " <a href='/authors/odile-marchetti'><img src='o.jpg' alt=''></a>"
                + " <a href='/authors/odile-marchetti'>Odile Marchetti</a> and"
                + " <a href='/authors/bram-okafor'>Bram Okafor</a>, 4 March 2025</div>"
                + "<p>Story text.</p></body></html>"));
  }

  @Test
  void prefersAWritersLabelledLineToABylineNamingTheSite() {
    assertEquals(
        List.of("Odile Marchetti"),
        byline(
            "<html><body><h1>Headline</h1><div class='post-author-name'>By"
                + " <a href='/author/desk/'>Harbour Times</a></div>"
                + "<p><em>Written by: <a href='https://elsewhere.example/'>Odile Marchetti</a></em></p>"
                + "<p>Story text.</p></body></html>"));
  }

  @Test
  void prefersAWritersLabelledLineToWordPressesNestedBylineNamingTheSite() {
    assertEquals(
        List.of("Odile Marchetti"),
        byline(
            "<html><body><h1>Headline</h1><span class='byline'><span class='author vcard'>"
                + "<a class='url fn n' rel='author' href='/author/admin/'>Harbour Times</a>"
                + "</span></span><p><em>Written by: Odile Marchetti</em></p>"
                + "<p>Story text.</p></body></html>"));
  }

  @Test
  void takesTheSitesOwnBylineWhenNoPersonIsNamed() {
    assertEquals(
        List.of("Harbour Times"),
        byline(
            "<html><body><h1>Headline</h1><div class='post-author-name'>By"
                + " <a href='/author/desk/'>Harbour Times</a></div><p>Story text.</p></body></html>"));
  }

  @Test
  void readsAWritersNameOnceHoweverManyLinksLeadToTheirPage() {
    assertEquals(
        List.of("Odile Marchetti"),
        byline(
            "<html><body><h1>Headline</h1><div class='author'>"
                + "<a href='/author/odile/'>Odile Marchetti</a> <a href='/author/odile/'>All posts</a>"
                + "</div><p>Story text.</p></body></html>"));
  }

  @Test
  void readsALabelledLineOpeningWithANonBreakingSpace() {
    assertEquals(
        List.of("Odile Marchetti"),
        byline(
            "<html><body><h1>Headline</h1><p>&nbsp;Posted by <a>Odile Marchetti</a></p>"
                + "<p>Story text.</p></body></html>"));
  }

  @Test
  void readsALabelledLineWhereARoleFollowsTheNameAfterAComma() {
    assertEquals(
        List.of("Odile Marchetti"),
        byline(
            "<html><body><h1>Headline</h1><p>Story text.</p>"
                + "<p>Written by Odile Marchetti, staff writer</p></body></html>"));
  }

  @Test
  void readsTheBylineOfAnAddressElement() {
    assertEquals(
        List.of("Odile Marchetti"),
        byline(
            "<html><body><article><h1>Headline</h1><address>By <a href='/u/omarchetti'>"
                + "Odile Marchetti</a></address><p>Story text.</p></article></body></html>"));
  }

  @Test
  void readsALabelledBylineLineWithoutATellingName() {
    assertEquals(
        List.of("Odile Marchetti"),
        byline(
            "<html><body><h1>Headline</h1><p>Story text.</p>"
                + "<p>Posted by Odile Marchetti @ 12:00 am</p></body></html>"));
    assertEquals(
        List.of(),
        byline(
            "<html><body><h1>Headline</h1><p>Written by hand, the notes ran long.</p></body></html>"));
    assertEquals(
        List.of(),
        byline(
            "<html><body><h1>Headline</h1><p>Story text.</p>"
                + "<p>Written by Odile Marchetti, the harbour's first pilot, in 1920.</p></body></html>"),
        "prose about a writer is no byline");
    assertEquals(
        List.of("Odile Marchetti", "Bram Okafor"),
        byline(
            "<html><body><h1>Headline</h1><p>Story text.</p>"
                + "<p>Words by Odile Marchetti and Bram Okafor | 4 March</p></body></html>"));
  }

  @Test
  void takesNoNameFromANoAuthorPlaceholder() {
    assertEquals(List.of(), Bylines.names(List.of("No Author")));
  }
}
