package dev.newsbot.delivery;

import dev.newsbot.messages.Texts;
import dev.newsbot.news.Article;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders articles as Telegram messages, escaping every string that came from a web page and
 * keeping within Telegram's length limits (counted after entities are parsed, as Telegram does).
 */
public final class MessageFormatter {
  /** A title longer than this is cut; real ones are far shorter. */
  private static final int MAX_TITLE = 300;

  private final DateTimeFormatter time;
  private final Texts texts;
  private final boolean summaries;

  /**
   * @param summaries whether pushes carry the summary (false: headlines only)
   */
  public MessageFormatter(ZoneId zone, Texts texts, boolean summaries) {
    this.time = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH).withZone(zone);
    this.texts = texts;
    this.summaries = summaries;
  }

  public MessageFormatter(ZoneId zone, Texts texts) {
    this(zone, texts, true);
  }

  /** In English. */
  public MessageFormatter(ZoneId zone) {
    this(zone, Texts.english());
  }

  /** Escapes text for Telegram's HTML parse mode, attributes included. */
  public static String escape(String text) {
    return Texts.escape(text);
  }

  /**
   * The buttons under a push: "Read here" and "Mute <source>" (or "Unmute" once muted). Their data
   * name the article, so a press finds its source again.
   */
  public List<List<Button>> pushButtons(Article article, boolean muted) {
    String name = article.sourceName();
    return List.of(
        List.of(
            Button.callback(texts.get("button.read"), "r:" + article.id()),
            Button.callback(
                Button.label(texts.get(muted ? "button.unmute" : "button.mute", name)),
                (muted ? "u:" : "m:") + article.id())));
  }

  /**
   * The button under a channel's post: "Read here" as a link that opens a private chat with the bot
   * on this article ({@code /start read-<id>}); none while the bot's name is not known.
   */
  public List<List<Button>> channelButtons(Article article, String botName) {
    if (botName == null || botName.isEmpty()) {
      return List.of();
    }
    return List.of(
        List.of(
            Button.link(
                texts.get("button.read"),
                java.net.URI.create("https://t.me/" + botName + "?start=read-" + article.id()))));
  }

  /** The button under a /summary of a link: "Read here", for the page kept under {@code n}. */
  public List<List<Button>> linkButtons(long n) {
    return List.of(List.of(Button.callback(texts.get("button.read"), "l:" + n)));
  }

  /** The message pushed to subscribers: linked bold title, source and time, then the summary. */
  public OutgoingMessage push(Article article) {
    return push(article, false, 0);
  }

  /**
   * The push for one article.
   *
   * @param withPhoto send the lead image with the text as its caption, if the article has one
   * @param more how many older articles were left out of this chat's backlog; 0 for none
   */
  public OutgoingMessage push(Article article, boolean withPhoto, int more) {
    boolean photo = withPhoto && article.image() != null;
    Parts parts =
        parts(article, more, photo ? OutgoingMessage.MAX_CAPTION : OutgoingMessage.MAX_TEXT);
    StringBuilder html = new StringBuilder();
    html.append("<b><a href=\"")
        .append(escape(article.url().toString()))
        .append("\">")
        .append(escape(parts.title()))
        .append("</a></b>\n");
    html.append("<i>").append(escape(parts.byline())).append("</i>");
    if (!parts.body().isEmpty()) {
      html.append("\n\n").append(escape(parts.body()));
    }
    if (!parts.more().isEmpty()) {
      html.append("\n\n<i>").append(escape(parts.more())).append("</i>");
    }
    OutgoingMessage message =
        new OutgoingMessage(
            html.toString(), OutgoingMessage.Format.HTML, !photo, photo ? article.image() : null);
    return article.id() > 0 ? message.withButtons(pushButtons(article, false)) : message;
  }

  /** The push again in plain text, for when Telegram refused our HTML. */
  public OutgoingMessage plainPush(Article article, int more) {
    Parts parts =
        parts(article, more, OutgoingMessage.MAX_TEXT - article.url().toString().length() - 1);
    StringBuilder text =
        new StringBuilder(parts.title())
            .append('\n')
            .append(article.url())
            .append('\n')
            .append(parts.byline());
    if (!parts.body().isEmpty()) {
      text.append("\n\n").append(parts.body());
    }
    if (!parts.more().isEmpty()) {
      text.append("\n\n").append(parts.more());
    }
    return new OutgoingMessage(
        Shortener.fit(text.toString(), OutgoingMessage.MAX_TEXT),
        OutgoingMessage.Format.PLAIN,
        true,
        null);
  }

  /** What a push says, each part cut so that the whole fits {@code limit} visible characters. */
  private record Parts(String title, String byline, String body, String more) {}

  private Parts parts(Article article, int more, int limit) {
    String title = Shortener.fit(article.title(), MAX_TITLE);
    String byline = byline(article);
    String moreLine =
        more == 1
            ? plain(texts.get("push.moreOne"))
            : more > 1 ? plain(texts.get("push.more", more)) : "";
    String summary = article.summary().isBlank() ? article.standfirst() : article.summary();
    int fixed =
        title.length() + 1 + byline.length() + (moreLine.isEmpty() ? 0 : 2 + moreLine.length());
    int room = limit - fixed - 2;
    String body = summaries && room > 20 ? Shortener.fit(summary.strip(), room) : "";
    return new Parts(title, byline, body, moreLine);
  }

  /** One numbered line of a digest: the linked title, then one line of its summary. */
  public String digestEntry(int n, Article a) {
    String summary = a.summary().isBlank() ? a.standfirst() : a.summary();
    String line = firstSentence(summary);
    StringBuilder out =
        new StringBuilder()
            .append(n)
            .append(". <a href=\"")
            .append(escape(a.url().toString()))
            .append("\">")
            .append(escape(Shortener.fit(a.title(), MAX_TITLE)))
            .append("</a>");
    if (!line.isEmpty()) {
      out.append("\n    ").append(escape(Shortener.fit(line, 200)));
    }
    return out.toString();
  }

  private static String firstSentence(String text) {
    String t = text.strip();
    int end = t.indexOf(". ");
    return end > 0 && end < 200 ? t.substring(0, end + 1) : t;
  }

  /** A catalogue text without markup, for parts that are escaped again later. */
  private static String plain(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  /** The reply to /latest: numbered so that /summary N can refer to an entry. */
  public String latest(List<Article> articles) {
    return latest(articles, texts.get("latest.title"));
  }

  /** A numbered list of articles under {@code titleHtml}; /summary N refers to an entry. */
  public String latest(List<Article> articles, String titleHtml) {
    StringBuilder out = new StringBuilder(titleHtml).append('\n');
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      out.append('\n')
          .append(i + 1)
          .append(". ")
          .append("<a href=\"")
          .append(escape(a.url().toString()))
          .append("\">")
          .append(escape(Shortener.fit(a.title(), MAX_TITLE)))
          .append("</a>\n");
      out.append("    <i>").append(escape(byline(a))).append("</i>");
    }
    return out.toString();
  }

  /** "Source · time", as every message about an article shows it. */
  String byline(Article a) {
    return a.sourceName() + " · " + time.format(a.shownTime());
  }
}
