package dev.newsbot.command;

import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleStore;
import dev.newsbot.news.FullArticle;
import dev.newsbot.news.Source;
import dev.newsbot.subscription.ChatId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers presses of the bot's inline buttons. Callback data is short ({@code t:<source id>} under
 * /sources; {@code m:}, {@code u:} and {@code r:} with an article id under pushes) and never
 * trusted: anything that does not parse, or names what this chat cannot see, gets "out of date".
 */
public final class Buttons {
  private static final Pattern DATA = Pattern.compile("([tmurls]):([a-z0-9][a-z0-9_-]{0,61})");

  private final ChatSources sources;
  private final SourcesCommand list;
  private final ArticleStore articles;
  private final MessageFormatter formatter;
  private final Texts texts;
  private final LinkArticles links;
  private final SettingsCommand settingsPage;
  private final Admins admins;

  Buttons(
      ChatSources sources,
      SourcesCommand list,
      ArticleStore articles,
      MessageFormatter formatter,
      Texts texts,
      LinkArticles links,
      SettingsCommand settingsPage,
      Admins admins) {
    this.sources = sources;
    this.list = list;
    this.articles = articles;
    this.formatter = formatter;
    this.texts = texts;
    this.links = links;
    this.settingsPage = settingsPage;
    this.admins = admins;
  }

  /** The answer to a press from a chat pressing faster than a person would. */
  ButtonAnswer slowDown() {
    return ButtonAnswer.note(texts.get("button.slowDown"));
  }

  public ButtonAnswer press(ButtonPress press) {
    Matcher m = press.data() == null ? null : DATA.matcher(press.data());
    if (m == null || !m.matches()) {
      return ButtonAnswer.note(texts.get("button.stale"));
    }
    String arg = m.group(2);
    boolean reads = m.group(1).equals("r") || m.group(1).equals("l");
    if (!reads && press.chat().value() < 0 && !admins.isAdmin(press.chat(), press.user())) {
      return ButtonAnswer.note(texts.get("admins.onlyButton"));
    }
    return switch (m.group(1)) {
      case SourcesCommand.TOGGLE -> toggle(press, arg);
      case SettingsCommand.BUTTON ->
          settingsPage
              .press(press.chat(), press.messageId(), arg)
              .map(
                  edit ->
                      new ButtonAnswer(
                          texts.get("settings.saved"),
                          Optional.of(edit),
                          Optional.empty(),
                          Optional.empty()))
              .orElseGet(() -> ButtonAnswer.note(texts.get("button.stale")));
      case "r" ->
          read(
              arg.matches("\\d{1,18}")
                  ? stored(Long.parseLong(arg), press.chat())
                  : Optional.empty());
      case "l" ->
          read(
              arg.matches("\\d{1,18}")
                  ? links.find(press.chat(), Long.parseLong(arg))
                  : Optional.empty());
      default -> mute(press, arg, m.group(1).equals("m"));
    };
  }

  /** The stored article and its text, under the source the chat got it through. */
  private Optional<FullArticle> stored(long id, ChatId chat) {
    return articles
        .find(id)
        .map(
            f -> articles.asDeliveredTo(id, chat).map(a -> new FullArticle(a, f.body())).orElse(f));
  }

  private ButtonAnswer read(Optional<FullArticle> article) {
    return article
        .map(a -> new ButtonAnswer("", Optional.empty(), Optional.empty(), Optional.of(a)))
        .orElseGet(() -> ButtonAnswer.note(texts.get("button.articleGone")));
  }

  private ButtonAnswer toggle(ButtonPress press, String id) {
    Optional<Source> source = sources.find(press.chat(), id);
    if (source.isEmpty()) {
      return ButtonAnswer.note(texts.get("button.stale"));
    }
    Source s = source.get();
    boolean followed = sources.followed(press.chat()).contains(s.id());
    if (followed) {
      sources.unfollow(press.chat(), s.id());
    } else {
      sources.follow(press.chat(), s.id());
    }
    return new ButtonAnswer(
        texts.get(followed ? "button.unfollowed" : "button.followed", s.name()),
        Optional.of(list.render(press.chat()).editing(press.messageId())),
        Optional.empty(),
        Optional.empty());
  }

  private ButtonAnswer mute(ButtonPress press, String articleId, boolean mute) {
    Optional<Article> article = article(articleId, press.chat());
    if (article.isEmpty()) {
      return ButtonAnswer.note(texts.get("button.articleGone"));
    }
    Article a = article.get();
    if (!mute && !articles.deliveredTo(a.id(), press.chat())) {
      return ButtonAnswer.note(texts.get("button.stale")); // not a push this chat was sent
    }
    if (mute) {
      sources.unfollow(press.chat(), a.source());
    } else {
      sources.follow(press.chat(), a.source());
    }
    return new ButtonAnswer(
        texts.get(mute ? "button.muted" : "button.unmuted", a.sourceName()),
        Optional.empty(),
        Optional.of(formatter.pushButtons(a, mute)),
        Optional.empty());
  }

  /**
   * The article as the chat was sent it: under the source the chat got it through, which its Mute
   * button names.
   */
  private Optional<Article> article(String id, ChatId chat) {
    if (!id.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    long articleId = Long.parseLong(id);
    return articles.asDeliveredTo(articleId, chat).or(() -> articles.byId(articleId));
  }
}
