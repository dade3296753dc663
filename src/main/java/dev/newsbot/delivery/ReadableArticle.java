package dev.newsbot.delivery;

import static dev.newsbot.delivery.MessageFormatter.escape;

import dev.newsbot.messages.Texts;
import dev.newsbot.news.Article;
import dev.newsbot.news.BodyBlock;
import dev.newsbot.news.FullArticle;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a whole stored article for reading in the chat: headline, standfirst, byline and time,
 * lead image with its caption, subheadings, paragraphs, lists and quotes, and the link to the
 * source at the end. Every scraped string is escaped. As one rich message it keeps within {@link
 * RichMessage#MAX_CHARS} and {@link RichMessage#MAX_BLOCKS}, a longer article cut after its last
 * whole block with a "Read the rest at" link; the plain fallback shows the same blocks in Telegram
 * HTML messages of at most 4096 characters each.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ReadableArticle {
  /** The media id of the lead image in the rich HTML. */
  static final String LEAD_IMAGE = "lead";

  /** Longer headlines, bylines and standfirsts are cut; real ones are far shorter. */
  private static final int MAX_TITLE = 300;

  private static final int MAX_BYLINE = 300;
  private static final int MAX_STANDFIRST = 1_000;
  private static final int MAX_CAPTION = 1_000;

  /** Telegram's limit on a rich message table's columns. */
  private static final int MAX_COLUMNS = 20;

  /** Enough of a standfirst to tell that the body opens with it. */
  private static final int STANDFIRST_PREFIX = 60;

  private final MessageFormatter formatter;
  private final Texts texts;

  public ReadableArticle(ZoneId zone, Texts texts) {
    this.formatter = new MessageFormatter(zone, texts);
    this.texts = texts;
  }

  /** In English. */
  public ReadableArticle(ZoneId zone) {
    this(zone, Texts.english());
  }

  /** "Read the rest at " or "Source: ", before the link at the end. */
  private String footerLead(boolean cut) {
    return texts.get(cut ? "read.rest" : "read.source", new Texts.Html(""));
  }

  /** The article as one rich message, with its lead image. */
  public RichMessage rich(FullArticle article) {
    return rich(article, true);
  }

  /**
   * The article as one rich message.
   *
   * @param withImage whether to show the lead image; false after Telegram could not fetch it
   */
  public RichMessage rich(FullArticle article, boolean withImage) {
    Article a = article.article();
    URI image = withImage ? fetchable(a.image()) : null;
    Head head = head(article, image);
    Shown shown = shown(article, head);
    StringBuilder html = new StringBuilder(RichMessage.MAX_CHARS);
    html.append(head.html());
    BodyBlock.Kind open = null; // the kind whose container (a list, a table) is open
    for (BodyBlock block : shown.blocks()) {
      if (block.kind() != open) {
        html.append(close(open)).append(open(block.kind()));
        open = block.kind();
      }
      html.append(richBlock(block));
    }
    html.append(close(open));
    html.append("<p>").append(footer(a, shown.cut())).append("</p>");
    return new RichMessage(
        html.toString(),
        image == null ? List.of() : List.of(new RichMessage.Photo(LEAD_IMAGE, image)));
  }

  /**
   * The article as Telegram HTML messages of at most 4096 visible characters, split between blocks,
   * in order: the first opens with the headline, the last ends with the link. They show what the
   * rich message would, so an article too long for one is cut at the same place.
   */
  public List<OutgoingMessage> plain(FullArticle article) {
    Article a = article.article();
    Shown shown = shown(article, head(article, fetchable(a.image())));
    PlainMessages out = new PlainMessages(OutgoingMessage.MAX_TEXT);
    String title = Shortener.fit(a.title(), MAX_TITLE);
    out.add(
        PlainMessages.Piece.start("\n\n")
            .markup("<b><a href=\"" + escape(a.url().toString()) + "\">")
            .text(title)
            .markup("</a></b>")
            .text("\n")
            .markup("<i>")
            .text(byline(a))
            .markup("</i>"));
    String standfirst = standfirst(article);
    if (!standfirst.isEmpty()) {
      out.paragraph("\n\n", "<b>", standfirst, "</b>");
    }
    BodyBlock.Kind previous = null;
    for (BodyBlock block : shown.blocks()) {
      switch (block.kind()) {
        case HEADING -> out.paragraph("\n\n", "<b>", block.text(), "</b>");
        case LIST_ITEM ->
            out.paragraph(
                previous == BodyBlock.Kind.LIST_ITEM ? "\n" : "\n\n", "", "• " + block.text(), "");
        case QUOTE -> out.paragraph("\n\n", "<blockquote>", block.text(), "</blockquote>");
        case TABLE_ROW ->
            out.paragraph(
                previous == BodyBlock.Kind.TABLE_ROW ? "\n" : "\n\n", "", block.text(), "");
        case PARAGRAPH -> out.paragraph("\n\n", "", block.text(), "");
      }
      previous = block.kind();
    }
    out.add(plainFooter(a, shown.cut()));
    return out.messages();
  }

  /** The rich HTML before the body, and how many blocks it takes. */
  private record Head(String html, int blocks) {}

  /** The blocks to show, and whether some were left out. */
  private record Shown(List<BodyBlock> blocks, boolean cut) {}

  private Head head(FullArticle article, URI image) {
    Article a = article.article();
    StringBuilder html = new StringBuilder();
    html.append("<h1>").append(escape(Shortener.fit(a.title(), MAX_TITLE))).append("</h1>");
    int blocks = 1;
    String standfirst = standfirst(article);
    if (!standfirst.isEmpty()) {
      html.append("<p><b>").append(escape(standfirst)).append("</b></p>");
      blocks++;
    }
    html.append("<p><i>").append(escape(byline(a))).append("</i></p>");
    blocks++;
    if (image != null) {
      String img = "<img src=\"tg://photo?id=" + LEAD_IMAGE + "\"/>";
      String caption = Shortener.fit(a.imageCaption().strip(), MAX_CAPTION);
      html.append(
          caption.isEmpty()
              ? img
              : "<figure>" + img + "<figcaption>" + escape(caption) + "</figcaption></figure>");
      blocks++;
    }
    return new Head(html.toString(), blocks);
  }

  /**
   * The leading blocks that fit in one rich message beside the head and the footer. When not even
   * the first fits, it is shortened at a sentence or word.
   */
  private Shown shown(FullArticle article, Head head) {
    Article a = article.article();
    int footer = "<p></p>".length() + Math.max(footer(a, true).length(), footer(a, false).length());
    int roomChars = RichMessage.MAX_CHARS - head.html().length() - footer;
    int roomBlocks = RichMessage.MAX_BLOCKS - head.blocks() - 1;
    List<BodyBlock> shown = new ArrayList<>();
    int chars = 0;
    int blocks = 0;
    BodyBlock.Kind open = null;
    for (BodyBlock given : article.body()) {
      BodyBlock block = shownAs(given);
      boolean opens = block.kind() != open && !open(block.kind()).isEmpty();
      int listChars = opens ? open(block.kind()).length() + close(block.kind()).length() : 0;
      int needChars = richBlock(block).length() + listChars;
      int needBlocks = opens ? 2 : 1;
      if (chars + needChars > roomChars || blocks + needBlocks > roomBlocks) {
        if (shown.isEmpty()) { // one huge paragraph: show its opening rather than nothing
          int markup = richBlock(block).length() - escape(block.text()).length();
          String opening = fitEscaped(block.text(), roomChars - listChars - markup);
          if (!opening.isBlank()) {
            shown.add(new BodyBlock(block.kind(), opening));
          }
        }
        return new Shown(shown, true);
      }
      shown.add(block);
      chars += needChars;
      blocks += needBlocks;
      open = block.kind();
    }
    return new Shown(shown, false);
  }

  /** A table row wider than Telegram's tables allow is shown as the line of text it is. */
  private static BodyBlock shownAs(BodyBlock block) {
    return block.kind() == BodyBlock.Kind.TABLE_ROW && block.cells().size() > MAX_COLUMNS
        ? new BodyBlock(BodyBlock.Kind.PARAGRAPH, block.text())
        : block;
  }

  /** The tag that opens the container of a run of blocks of this kind: a list, a table. */
  private static String open(BodyBlock.Kind kind) {
    return kind == BodyBlock.Kind.LIST_ITEM
        ? "<ul>"
        : kind == BodyBlock.Kind.TABLE_ROW ? "<table>" : "";
  }

  private static String close(BodyBlock.Kind kind) {
    String open = open(kind);
    return open.isEmpty() ? "" : "</" + open.substring(1);
  }

  private static String richBlock(BodyBlock block) {
    String text = escape(block.text());
    return switch (block.kind()) {
      case PARAGRAPH -> "<p>" + text + "</p>";
      case HEADING -> "<h2>" + text + "</h2>";
      case LIST_ITEM -> "<li>" + text + "</li>";
      case QUOTE -> "<blockquote>" + text + "</blockquote>";
      case TABLE_ROW -> row(block);
    };
  }

  private static String row(BodyBlock block) {
    StringBuilder html = new StringBuilder("<tr>");
    for (String cell : block.cells()) {
      html.append("<td>").append(escape(cell)).append("</td>");
    }
    return html.append("</tr>").toString();
  }

  /** The last line, in rich HTML: where to read the rest, or where the article came from. */
  private String footer(Article a, boolean cut) {
    return footerLead(cut)
        + "<a href=\""
        + escape(a.url().toString())
        + "\">"
        + escape(linkText(a))
        + "</a>";
  }

  private PlainMessages.Piece plainFooter(Article a, boolean cut) {
    return PlainMessages.Piece.start("\n\n")
        .text(footerLead(cut))
        .markup("<a href=\"" + escape(a.url().toString()) + "\">")
        .text(linkText(a))
        .markup("</a>");
  }

  private static String linkText(Article a) {
    return a.sourceName().isBlank() ? a.url().getHost() : a.sourceName();
  }

  private String byline(Article a) {
    String byline = formatter.byline(a);
    return Shortener.fit(
        a.author() == null || a.author().isBlank() ? byline : byline + " · " + a.author().strip(),
        MAX_BYLINE);
  }

  /** The standfirst, or empty when there is none or the body opens with it. */
  private static String standfirst(FullArticle article) {
    String s = article.article().standfirst().strip();
    if (s.isEmpty() || article.body().isEmpty()) {
      return Shortener.fit(s, MAX_STANDFIRST);
    }
    String opening = s.replaceAll("(\\s*(…|\\.\\.\\.|\\[…]|\\[\\.\\.\\.]))+$", "");
    opening = opening.substring(0, Math.min(opening.length(), STANDFIRST_PREFIX));
    return article.body().get(0).text().startsWith(opening) ? "" : Shortener.fit(s, MAX_STANDFIRST);
  }

  /** An image address Telegram can fetch, or null. */
  private static URI fetchable(URI image) {
    if (image == null || image.getHost() == null || image.getScheme() == null) {
      return null;
    }
    String scheme = image.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? image : null;
  }

  /** The text cut at a sentence or word so that, escaped, it takes at most {@code room}. */
  private static String fitEscaped(String text, int room) {
    String fit = Shortener.fit(text, room);
    while (escape(fit).length() > room && !fit.isEmpty()) {
      fit = Shortener.fit(text, fit.length() - (escape(fit).length() - room));
    }
    return fit;
  }
}
