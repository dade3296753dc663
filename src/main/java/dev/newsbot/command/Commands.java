package dev.newsbot.command;

import dev.newsbot.delivery.Formatters;
import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.delivery.Outbox;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.ArticleSearch;
import dev.newsbot.news.ArticleStore;
import dev.newsbot.news.BotStats;
import dev.newsbot.news.ShownLists;
import dev.newsbot.news.SourceCatalog;
import dev.newsbot.source.SourceAdder;
import dev.newsbot.subscription.FilterStore;
import dev.newsbot.subscription.SettingsStore;
import dev.newsbot.subscription.SubscriberStore;
import dev.newsbot.subscription.SubscriptionStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;

/**
 * The bot's commands and buttons, wired from their collaborators; the menu follows the order here.
 *
 * @param userSources whether chats may add sources with /add
 * @param maxSourcesPerChat how many sources of its own a chat may follow
 */
public record Commands(
    SubscriberStore subscribers,
    SubscriptionStore subscriptions,
    FilterStore filters,
    ArticleStore articles,
    ArticleSearch search,
    SourceCatalog catalog,
    SourceAdder adder,
    LinkSummaries links,
    SettingsStore settings,
    Outbox outbox,
    ShownLists lists,
    ZoneId defaultZone,
    Formatters formatters,
    Clock clock,
    boolean userSources,
    int maxSourcesPerChat,
    Admins admins,
    Set<Long> operators,
    BotStats stats,
    DoubleSupplier rateLimited,
    Runnable wakeSender,
    Channels channels) {

  /** The commands and buttons in every language, each chat answered in its own. */
  public ChatCommands chats() {
    return new ChatCommands(this);
  }

  /** The command router, answering in {@code language}. */
  CommandHandler handler(String language) {
    Texts texts = formatters.texts(language);
    MessageFormatter formatter = formatters.of(language, null, true);
    LinkSummaries links = this.links.in(texts, formatter);
    ChatSources sources = new ChatSources(catalog, subscriptions);
    AtomicReference<CommandHandler> self = new AtomicReference<>();
    List<Command> all =
        List.of(
            new StartCommand(
                subscribers,
                sources,
                texts,
                () -> self.get().help(),
                id -> articles.byId(id).map(formatter::push)),
            new StopCommand(subscribers, texts),
            new LatestCommand(articles, sources, lists, formatter, texts),
            new SummaryCommand(articles, sources, lists, formatter, links, texts),
            new SourcesCommand(sources, texts),
            FollowCommand.subscribe(sources, texts),
            FollowCommand.unsubscribe(sources, texts),
            new AddCommand(adder, sources, links, texts, userSources, maxSourcesPerChat),
            new RemoveCommand(sources, texts),
            new SearchCommand(search, sources, lists, formatter, texts),
            new FilterCommand(filters, texts),
            settingsCommand(texts),
            new ChannelCommand(
                new ChannelSetup(channels, subscribers, subscriptions, settings),
                channels,
                sources,
                texts),
            new HelpCommand(() -> self.get().help()),
            new AdminCommands.Stats(operators, texts, stats, rateLimited, defaultZone, clock),
            new AdminCommands.Broadcast(operators, texts, outbox, wakeSender, clock));
    CommandHandler handler = new CommandHandler(all, texts, clock, admins);
    self.set(handler);
    return handler;
  }

  private SettingsCommand settingsCommand(Texts texts) {
    return new SettingsCommand(settings, outbox, defaultZone, clock, texts);
  }

  /** What inline buttons do, answering in {@code language}. */
  Buttons buttons(String language) {
    Texts texts = formatters.texts(language);
    MessageFormatter formatter = formatters.of(language, null, true);
    ChatSources sources = new ChatSources(catalog, subscriptions);
    return new Buttons(
        sources,
        new SourcesCommand(sources, texts),
        articles,
        formatter,
        texts,
        links.kept(),
        settingsCommand(texts),
        admins);
  }
}
