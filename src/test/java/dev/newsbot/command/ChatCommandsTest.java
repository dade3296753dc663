package dev.newsbot.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.delivery.Button;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.fetch.Cidr;
import dev.newsbot.fetch.UserUrlPolicy;
import dev.newsbot.news.Article;
import dev.newsbot.news.NewArticle;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.testing.ArticlePage;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import dev.newsbot.testing.TestCommands;
import dev.newsbot.testing.TestDb;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that let a chat choose its news, over real stores and a fake site. */
abstract class ChatCommandsTest {
  private static final ChatId ALICE = new ChatId(11);
  private static final ChatId BOB = new ChatId(22);
  private static final Source MS =
      Source.feed("ms", "Mothership", URI.create("https://news.example.sg/feed"), ZoneOffset.UTC);
  private static final Source OTHER =
      new Source(
          new SourceId("other"),
          "Other Daily",
          Source.Kind.FEED,
          URI.create("https://other.example/feed"),
          ZoneOffset.UTC,
          List.of(),
          List.of(),
          null,
          List.of(),
          true,
          false,
          Source.Origin.CONFIGURED);

  @TempDir Path dir;
  private TestDb store;

  /**
   * The stores, on SQLite (ChatCommandsOnSqliteTest) or PostgreSQL (ChatCommandsOnPostgresTest).
   */
  abstract TestDb open(Path dir, Clock clock);

  private FakeSite site;
  private TestCommands commands;
  private final ExecutorService fetches = Executors.newCachedThreadPool();

  @BeforeEach
  void setUp() throws Exception {
    store = open(dir, Clock.systemUTC());
    site = FakeSite.start();
    commands =
        new TestCommands(
            store,
            List.of(MS, OTHER),
            new UserUrlPolicy(List.of(Cidr.parse("127.0.0.1/32")), Dns.SYSTEM),
            fetches);
  }

  @AfterEach
  void tearDown() {
    store.close();
    site.close();
    fetches.shutdownNow();
  }

  private OutgoingMessage message(ChatId chat, String text) {
    return commands.chats.handle(chat, 7, text, "newsbot_test_bot", null).join().orElseThrow();
  }

  private String reply(ChatId chat, String text) {
    return message(chat, text).text();
  }

  private Set<SourceId> followed(ChatId chat) {
    return store.subscriptions.followed(chat);
  }

  @Test
  void startFollowsOnlyTheSourcesMarkedDefault() {
    assertTrue(reply(ALICE, "/start").startsWith("Welcome to NewsBot! You follow Mothership;"));
    assertEquals(Set.of(new SourceId("ms")), followed(ALICE));
  }

  @Test
  void sourcesListsIdsAndStateWithAToggleButtonEach() {
    reply(ALICE, "/start");
    OutgoingMessage list = message(ALICE, "/sources");
    assertTrue(list.text().contains("✅ Mothership <code>ms</code>"), list.text());
    assertTrue(list.text().contains("▫️ Other Daily <code>other</code>"), list.text());
    assertEquals(
        List.of(
            List.of(Button.callback("Stop Mothership", "t:ms")),
            List.of(Button.callback("Follow Other Daily", "t:other"))),
        list.buttons());
  }

  @Test
  void aLongSourceListStaysWithinTelegramsLimits() {
    List<Source> many = new java.util.ArrayList<>();
    for (int i = 0; i < 120; i++) {
      many.add(
          Source.feed(
              "source-number-" + i,
              "A source with a rather long name, number " + i,
              URI.create("https://news" + i + ".example/feed"),
              ZoneOffset.UTC));
    }
    TestCommands big =
        new TestCommands(store, many, new UserUrlPolicy(List.of(), Dns.SYSTEM), fetches);
    OutgoingMessage list = big.chats.handle(ALICE, 7, "/sources", null, null).join().orElseThrow();
    assertTrue(list.text().length() < OutgoingMessage.MAX_TEXT, "" + list.text().length());
    assertTrue(list.buttons().size() <= 90, "" + list.buttons().size());
    assertTrue(list.text().contains("more. Send /subscribe id"), list.text());
  }

  @Test
  void aToggleButtonFollowsAndEditsTheListInPlace() {
    reply(ALICE, "/start");
    ButtonAnswer answer = commands.chats.press(new ButtonPress(ALICE, 77, "t:other"), null);
    assertEquals("Following Other Daily.", answer.note());
    OutgoingMessage edit = answer.edit().orElseThrow();
    assertEquals(77, edit.edits());
    assertTrue(edit.text().contains("✅ Other Daily <code>other</code>"), edit.text());
    assertEquals(Set.of(new SourceId("ms"), new SourceId("other")), followed(ALICE));
    commands.chats.press(new ButtonPress(ALICE, 77, "t:other"), null);
    assertEquals(Set.of(new SourceId("ms")), followed(ALICE));
  }

  @Test
  void staleOrForgedButtonDataIsAnsweredAndChangesNothing() {
    reply(ALICE, "/start");
    for (String data :
        List.of("t:nosuch", "x:ms", "", "t:", "m:abc", "m:999", "t:MS", "t:ms;drop", "u:-1")) {
      ButtonAnswer a = commands.chats.press(new ButtonPress(ALICE, 1, data), null);
      assertFalse(a.note().isEmpty(), data);
      assertTrue(a.edit().isEmpty() && a.keyboard().isEmpty(), data);
    }
    assertTrue(commands.chats.press(new ButtonPress(ALICE, 1, null), null).edit().isEmpty());
    assertEquals(Set.of(new SourceId("ms")), followed(ALICE));
  }

  @Test
  void subscribeAndUnsubscribeByIdAndNameSourcesForAnUnknownOne() {
    reply(ALICE, "/start");
    assertEquals("You now follow Other Daily.", reply(ALICE, "/subscribe other"));
    assertEquals("You follow Other Daily already.", reply(ALICE, "/subscribe OTHER"));
    assertEquals("You no longer follow Mothership.", reply(ALICE, "/unsubscribe ms"));
    assertEquals("You were not following Mothership.", reply(ALICE, "/unsubscribe ms"));
    assertEquals(
        "There is no source 'weather'. Send /sources to see their ids.",
        reply(ALICE, "/subscribe weather"));
    assertEquals(
        "/subscribe needs a source id, for example /subscribe mothership. Send /sources to see"
            + " them.",
        reply(ALICE, "/subscribe"));
  }

  @Test
  void muteUnfollowsThePushesSourceAndTurnsIntoUnmute() {
    reply(ALICE, "/start");
    Article a = storeArticle("ms", List.of(ALICE));
    List<List<Button>> buttons = commands.formatter.push(a).buttons();
    assertEquals(pushButtons(a, "Mute Mothership", "m"), buttons);
    ButtonAnswer muted = commands.chats.press(new ButtonPress(ALICE, 5, "m:" + a.id()), null);
    assertEquals("Muted Mothership.", muted.note());
    assertEquals(pushButtons(a, "Unmute Mothership", "u"), muted.keyboard().orElseThrow());
    assertEquals(Set.of(), followed(ALICE));
    commands.chats.press(new ButtonPress(ALICE, 5, "u:" + a.id()), null);
    assertEquals(Set.of(new SourceId("ms")), followed(ALICE));
  }

  @Test
  void muteUnderAStoryAnotherSourceListsMutesTheSourceTheChatFollows() {
    reply(ALICE, "/start");
    reply(ALICE, "/subscribe other");
    reply(ALICE, "/unsubscribe ms");
    Article a = storeArticle("ms");
    store.articles.alsoListedBy(
        new SourceId("other"),
        "Other Daily",
        a.id(),
        dev.newsbot.subscription.Recipient.now(List.of(ALICE)));
    store.outbox.releaseStaged(new SourceId("other"));

    ButtonAnswer muted = commands.chats.press(new ButtonPress(ALICE, 5, "m:" + a.id()), null);
    assertEquals("Muted Other Daily.", muted.note());
    assertEquals(pushButtons(a, "Unmute Other Daily", "u"), muted.keyboard().orElseThrow());
    assertEquals(Set.of(), followed(ALICE));
    commands.chats.press(new ButtonPress(ALICE, 5, "u:" + a.id()), null);
    assertEquals(Set.of(new SourceId("other")), followed(ALICE), "not the source that stored it");
    ButtonAnswer read = commands.chats.press(new ButtonPress(ALICE, 5, "r:" + a.id()), null);
    assertEquals("Other Daily", read.read().orElseThrow().article().sourceName());
  }

  @Test
  void readHereFindsTheWholeArticleOrSaysItIsGone() {
    Article a = storeArticle("ms");
    ButtonAnswer read = commands.chats.press(new ButtonPress(ALICE, 5, "r:" + a.id()), null);
    assertEquals("Body of the story.", read.read().orElseThrow().body().get(0).text());
    assertEquals(
        "That article is no longer stored.",
        commands.chats.press(new ButtonPress(ALICE, 5, "r:987654"), null).note());
    assertEquals(
        "That article is no longer stored.",
        commands.chats.press(new ButtonPress(ALICE, 5, "l:3"), null).note());
  }

  @Test
  void latestReadsTheChatsSourcesUnlessItSaysAll() {
    reply(ALICE, "/start");
    storeArticle("ms");
    storeArticle("other");
    String mine = reply(ALICE, "/latest");
    assertTrue(mine.contains("Story from ms") && !mine.contains("Story from other"), mine);
    String all = reply(ALICE, "/latest all");
    assertTrue(all.contains("Story from ms") && all.contains("Story from other"), all);
    assertTrue(reply(ALICE, "/latest 1 all").contains("Story from other"));
  }

  @Test
  void filtersAreListedAddedReplacedAndCleared() {
    assertTrue(reply(ALICE, "/filter").startsWith("You have no filters"));
    assertEquals("Added +ferry. Your filters: +ferry", reply(ALICE, "/filter +Ferry"));
    assertEquals("Added -mrt. Your filters: +ferry -mrt", reply(ALICE, "/filter -mrt"));
    assertEquals("You have -mrt already.", reply(ALICE, "/filter -MRT"));
    assertEquals("Added +mrt. Your filters: +ferry +mrt", reply(ALICE, "/filter +mrt"));
    assertTrue(reply(ALICE, "/filter").contains("+ferry +mrt"));
    assertEquals(
        "Removed your 2 filters; every article of your sources is pushed again.",
        reply(ALICE, "/filter clear"));
  }

  @Test
  void aBadFilterSaysWhatAFilterIs() {
    String usage =
        "Send /filter +word for only articles that mention a word, /filter -word for never those,"
            + " /filter clear to remove them all. Words are whole words of at most 40 letters or"
            + " digits.";
    assertEquals("'ferry' is not a filter. " + usage, reply(ALICE, "/filter ferry"));
    assertEquals("'+a.*b' is not a filter. " + usage, reply(ALICE, "/filter +a.*b"));
    assertEquals(
        "'+" + "x".repeat(Quote.MAX - 1) + "…' is not a filter. " + usage,
        reply(ALICE, "/filter +" + "x".repeat(100)));
    assertEquals(
        "'+" + "x".repeat(41) + "' is not a filter. " + usage,
        reply(ALICE, "/filter +" + "x".repeat(41)));
  }

  @Test
  void atMostTwentyFilters() {
    for (int i = 0; i < FilterCommand.MAX_FILTERS - 1; i++) {
      store.filters.add(ALICE, new dev.newsbot.subscription.Filter(true, "w" + i));
    }
    assertTrue(reply(ALICE, "/filter -w19").startsWith("Added -w19."));
    assertEquals(
        "You have 20 filters, the most there may be. Send /filter clear to start again.",
        reply(ALICE, "/filter +one"));
    assertTrue(reply(ALICE, "/filter -w3").startsWith("Added -w3."), "replacing is allowed");
  }

  @Test
  void searchExplainsItselfAndFindsStoredArticles() {
    assertTrue(reply(ALICE, "/search").startsWith("Send /search and some words"));
    reply(ALICE, "/start");
    storeArticle("ms");
    storeArticle("other");
    String found = reply(ALICE, "/search story ms");
    assertTrue(found.startsWith("<b>Found for 'story ms'</b>"), found);
    assertTrue(found.contains("1. <a href="), found);
    assertEquals(
        "Nothing found for 'penguins' in your sources. Send /search all penguins to look through"
            + " every source.",
        reply(ALICE, "/search penguins"));
    assertFalse(found.contains("Story from other"), "only the chat's sources: " + found);
    assertTrue(reply(ALICE, "/search all story other").contains("Story from other"));
    assertEquals("Nothing found for 'penguins'.", reply(ALICE, "/search all penguins"));
  }

  @Test
  void addFollowsAFeedAtOnceWithoutPushingItsBacklog() {
    reply(ALICE, "/start");
    publishFeed("/feed.xml");
    String reply = reply(ALICE, "/add " + site.url("/feed.xml"));
    assertEquals(
        "Added <b>Test Mothership - News from Singapore</b> (id <code>127-0-0</code>) and you"
            + " follow it. Newest: "
            + Stories.HAWKER.title(),
        reply);
    assertTrue(followed(ALICE).contains(new SourceId("127-0-0")));
    assertEquals(List.of(), store.outbox.due(Instant.now().plusSeconds(60), 10), "no backlog");
    assertTrue(commands.catalog.find(new SourceId("127-0-0")).isPresent());
  }

  @Test
  void addFindsTheFeedAPageAnnouncesOrAtTheUsualPath() {
    publishFeed("/rss/main.xml");
    site.put(
        "/home",
        "text/html",
        "<html><head><title>Home</title><link rel=\"alternate\" type=\"application/rss+xml\""
            + " href=\"/rss/main.xml\"></head><body><p>Hi</p></body></html>");
    assertTrue(reply(ALICE, "/add " + site.url("/home")).startsWith("Added <b>Test Mothership"));
    assertEquals(1, site.count("/rss/main.xml") - 1, "fetched for the check, then polled");
  }

  @Test
  void addTriesTheUsualFeedPathsOfTheSite() {
    publishFeed("/feed/");
    site.put("/about", "text/html", "<html><body><p>About us</p></body></html>");
    assertTrue(reply(ALICE, "/add " + site.url("/about")).startsWith("Added <b>Test Mothership"));
  }

  @Test
  void addReadsAPageWithoutFeedAsAListing() {
    site.put(
        "/latest/",
        "text/html",
        ArticlePage.listing(
            List.of(
                "/2026/12/one-story-here/",
                "/2026/12/two-story-here/",
                "/2026/12/three-story-here/"),
            List.of("First headline of the day", "Second headline of the day", "Third headline")));
    String reply = reply(ALICE, "/add " + site.url("/latest/"));
    assertTrue(reply.startsWith("Added <b>Latest news | Example Daily</b>"), reply);
    Source added = commands.catalog.all().get(2);
    assertEquals(Source.Kind.PAGE, added.kind());
    assertEquals(Source.Origin.CHAT, added.origin());
  }

  @Test
  void addSaysWhenAPageHasNeitherFeedNorArticles() {
    site.put("/x", "text/html", "<html><body><p>Nothing here</p></body></html>");
    assertTrue(reply(ALICE, "/add " + site.url("/x")).startsWith("I found no feed on that page"));
    assertTrue(commands.catalog.all().size() == 2);
  }

  @Test
  void addRefusesAPrivateAddressAndExplainsUsage() {
    assertEquals(
        "That address is on a private network, so I won't fetch it.",
        reply(ALICE, "/add http://192.168.0.10/feed"));
    assertTrue(reply(ALICE, "/add").startsWith("/add needs a link"));
  }

  @Test
  void twoChatsAddingOneFeedShareOneSourceThatGoesWhenNoneFollowsIt() {
    publishFeed("/feed.xml");
    reply(ALICE, "/add " + site.url("/feed.xml"));
    String bob = reply(BOB, "/add " + site.url("/feed.xml"));
    assertTrue(bob.startsWith("You now follow <b>Test Mothership"), bob);
    assertEquals(3, commands.catalog.all().size());
    assertEquals(
        "'ms' is not a source you added. Send /unsubscribe ms to stop following it.",
        reply(ALICE, "/remove ms"));
    assertEquals(
        "Removed Test Mothership - News from Singapore; you no longer get its articles.",
        reply(ALICE, "/remove 127-0-0"));
    assertEquals(3, commands.catalog.all().size(), "Bob still follows it");
    reply(BOB, "/remove 127-0-0");
    assertEquals(2, commands.catalog.all().size(), "no longer polled");
  }

  @Test
  void aChatMayFollowOnlySoManySourcesOfItsOwn() {
    for (int i = 1; i <= 3; i++) {
      publishFeed("/f" + i + ".xml");
      reply(ALICE, "/add " + site.url("/f" + i + ".xml"));
    }
    publishFeed("/f4.xml");
    assertEquals(
        "You follow 3 sources of your own, the most a chat may. Remove one with /remove first.",
        reply(ALICE, "/add " + site.url("/f4.xml")));
  }

  @Test
  void aFloodOfCommandsGetsOneSlowDownAndThenSilence() {
    for (int i = 0; i < CommandHandler.FLOOD_PER_MINUTE; i++) {
      reply(ALICE, "/help");
    }
    assertTrue(reply(ALICE, "/help").startsWith("That is a lot of commands at once."));
    assertTrue(commands.chats.handle(ALICE, 7, "/help", null, null).join().isEmpty());
    assertTrue(reply(BOB, "/help").startsWith("Commands:"), "other chats are answered");
  }

  @Test
  void aFloodOfButtonPressesGetsOneSlowDownAndThenNothingDone() {
    reply(ALICE, "/start");
    for (int i = 0; i < ChatCommands.PRESSES_PER_MINUTE; i++) {
      commands.chats.press(new ButtonPress(ALICE, 77, "t:other"), null);
    }
    ButtonAnswer warned = commands.chats.press(new ButtonPress(ALICE, 77, "t:other"), null);
    assertTrue(warned.note().startsWith("That is a lot of presses at once."), warned.note());
    assertTrue(warned.edit().isEmpty());
    Set<SourceId> before = followed(ALICE);
    ButtonAnswer ignored = commands.chats.press(new ButtonPress(ALICE, 77, "t:other"), null);
    assertEquals("", ignored.note());
    assertEquals(before, followed(ALICE), "an ignored press changes nothing");
    assertEquals(
        "Following Other Daily.",
        commands.chats.press(new ButtonPress(BOB, 77, "t:other"), null).note(),
        "other chats are answered");
  }

  @Test
  void settingsShowTheDefaultsWithButtonsAndTypedFormsChangeThem() {
    OutgoingMessage page = message(ALICE, "/settings");
    assertTrue(page.text().contains("Delivery: as soon as articles appear"), page.text());
    assertTrue(page.text().contains("Time zone: Z"), page.text());
    assertEquals(
        List.of("s:i", "s:d1", "s:d2", "s:q1", "s:s0", "s:len", "s:lzh"),
        page.buttons().stream().flatMap(List::stream).map(Button::data).toList());
    assertTrue(reply(ALICE, "/settings digest 08:00 20:00").contains("a digest at 08:00, 20:00"));
    assertTrue(reply(ALICE, "/settings quiet 23:00 7:00").contains("Quiet hours: 23:00 to 07:00"));
    assertTrue(reply(ALICE, "/settings tz Asia/Singapore").contains("Time zone: Asia/Singapore"));
    assertTrue(reply(ALICE, "/settings summaries off").contains("off (headlines only)"));
    assertTrue(reply(ALICE, "/settings instant").contains("as soon as articles appear"));
    assertEquals(
        List.of(), store.settings.of(ALICE).digestTimes(), "saved: " + store.settings.of(ALICE));
    assertTrue(store.settings.of(ALICE).quiet().isPresent());
  }

  @Test
  void wrongSettingsSayWhatIsWrongAndHowToDoItRight() {
    assertEquals(
        "'25:00' is not a time. Write hours and minutes, such as 08:00 or 19:30.",
        reply(ALICE, "/settings digest 25:00"));
    assertEquals(
        "'Mars/Olympus' is not a time zone. Write one such as Asia/Singapore, Europe/London or"
            + " UTC.",
        reply(ALICE, "/settings tz Mars/Olympus"));
    assertTrue(
        reply(ALICE, "/settings often").startsWith("I did not understand 'often'. Or type:"));
    assertTrue(reply(ALICE, "/settings quiet 23:00 23:00").startsWith("Quiet hours need"));
    assertEquals(dev.newsbot.subscription.ChatSettings.DEFAULT, store.settings.of(ALICE));
  }

  @Test
  void aSettingsButtonChangesTheSettingAndEditsThePageInPlace() {
    ButtonAnswer a = commands.chats.press(new ButtonPress(ALICE, 8, "s:d1"), null);
    assertEquals("Saved.", a.note());
    assertEquals(8, a.edit().orElseThrow().edits());
    assertTrue(a.edit().orElseThrow().text().contains("a digest at 08:00"));
    ButtonAnswer zh = commands.chats.press(new ButtonPress(ALICE, 8, "s:lzh"), null);
    assertTrue(zh.edit().orElseThrow().text().contains("语言"), zh.edit().orElseThrow().text());
    assertTrue(reply(ALICE, "/help").startsWith("命令"), "the chat now reads Chinese");
    assertEquals(
        "That button is out of date.",
        commands.chats.press(new ButtonPress(BOB, 8, "s:zz"), null).note());
  }

  @Test
  void aChineseUserIsAnsweredInChineseUntilTheChatChoosesEnglish() {
    String zh = commands.chats.handle(BOB, 7, "/help", null, "zh-hans").join().orElseThrow().text();
    assertTrue(zh.startsWith("命令"), zh);
    assertTrue(
        reply(ALICE, "/settings language zh").startsWith("已保存。"),
        "the typed switch answers in the new language");
    reply(BOB, "/settings language en");
    String en = commands.chats.handle(BOB, 7, "/help", null, "zh-hans").join().orElseThrow().text();
    assertTrue(en.startsWith("Commands:"), en);
  }

  @Test
  void summaryNFollowsTheListTheChatWasShownLast() {
    reply(ALICE, "/start");
    storeArticle("ms");
    storeArticle("ms");
    reply(ALICE, "/search all story other"); // nothing from other: the list is empty
    storeArticle("other");
    String found = reply(ALICE, "/search all story other");
    assertTrue(found.contains("1. <a"), found);
    assertTrue(reply(ALICE, "/summary 1").contains("Story from other"), "entry 1 of the search");
    reply(ALICE, "/latest");
    assertTrue(reply(ALICE, "/summary 1").contains("Story from ms"), "entry 1 of /latest");
  }

  @Test
  void onlyAGroupsAdminsChangeItsSourcesFiltersAndSettingsAndOthersAreToldOnce() {
    ChatId group = new ChatId(-1001);
    commands.admins.add(1L);
    assertTrue(reply(group, 1, "/start").startsWith("Welcome"), "an admin may");
    String refused = "Only this group's admins can change its sources, filters and settings.";
    assertEquals(refused, reply(group, 2, "/unsubscribe ms"));
    assertTrue(
        commands.chats.handle(group, 2, "/filter +ferry", null, null).join().isEmpty(),
        "told once, then silence");
    assertTrue(commands.chats.handle(group, 2, "/settings instant", null, null).join().isEmpty());
    assertEquals(Set.of(new SourceId("ms")), followed(group), "nothing changed");
    assertTrue(
        reply(group, 2, "/latest").contains("Latest") || reply(group, 2, "/help").length() > 0);
    assertTrue(reply(group, 2, "/sources").contains("<code>ms</code>"), "anyone may look");
    assertEquals(
        "Only the group's admins can change that.",
        commands.chats.press(new ButtonPress(group, 3, "t:ms", 2), null).note());
    assertEquals(Set.of(new SourceId("ms")), followed(group));
    assertEquals(
        "Following Other Daily.",
        commands.chats.press(new ButtonPress(group, 3, "t:other", 1), null).note());
  }

  @Test
  void unmuteOnlyWorksForAPushTheChatWasSent() {
    Article a = storeArticle("other");
    assertEquals(
        "That button is out of date.",
        commands.chats.press(new ButtonPress(ALICE, 5, "u:" + a.id()), null).note());
    assertEquals(Set.of(), followed(ALICE));
  }

  @Test
  void statsAndBroadcastAreForTheOperatorsOnlyAndHiddenFromTheMenu() {
    ChatId operator = new ChatId(TestCommands.OPERATOR);
    reply(ALICE, "/start");
    reply(BOB, "/start");
    storeArticle("ms");
    assertEquals(
        "Unknown command /stats. Send /help to see what I can do.", reply(ALICE, "/stats"));
    assertEquals(
        "Unknown command /broadcast. Send /help to see what I can do.",
        reply(ALICE, "/broadcast hello"));
    assertFalse(reply(ALICE, "/help").contains("/stats"));
    String stats = reply(operator, "/stats");
    assertTrue(stats.contains("Chats: 2 active, 0 inactive"), stats);
    assertTrue(stats.contains("Today: 1 articles"), stats);
    assertTrue(reply(operator, "/broadcast").startsWith("Send /broadcast and the text"));
    assertEquals(
        "The notice is queued for 2 chats; it goes out within the send limits.",
        reply(operator, "/broadcast Maintenance <tonight> at 22:00"));
    List<dev.newsbot.delivery.Delivery> queued = store.outbox.due(Instant.now().plusSeconds(5), 10);
    assertEquals(2, queued.size());
    assertEquals("Maintenance &lt;tonight&gt; at 22:00", queued.get(0).digest());
    assertFalse(reply(ALICE, "/latest all").contains("Notice"), "notices are no articles");
  }

  @Test
  void channelAddChecksBothAdminsAndThenPostsTheSourceThere() {
    commands.channelIds.put("@mynews", -100555L);
    assertEquals(
        "Send /channel from a private chat with me, not from a group.",
        reply(new ChatId(-7), 7, "/channel add @mynews ms"));
    assertTrue(reply(ALICE, "/channel").startsWith("Send /channel add @yourchannel source-id"));
    assertEquals(
        "I cannot find the channel '@nosuch'. Check its @name, and make me an administrator of"
            + " it.",
        reply(ALICE, "/channel add @nosuch ms"));
    assertEquals(
        "You are not an administrator of '@mynews', so you cannot choose what I post there.",
        reply(ALICE, "/channel add @mynews ms"));
    commands.channelAdmins.add("-100555:7");
    assertTrue(reply(ALICE, "/channel add @mynews ms").startsWith("I am not an administrator"));
    commands.channelAdmins.add("-100555:0");
    commands.telegramUnreachable = true;
    assertEquals(
        "I could not reach Telegram to look up '@mynews'. Nothing was changed; send the command"
            + " again in a minute.",
        reply(ALICE, "/channel add @mynews ms"));
    assertFalse(store.subscribers.isActive(new ChatId(-100555)));
    commands.telegramUnreachable = false;
    assertEquals(
        "From now on I post Mothership to @mynews.", reply(ALICE, "/channel add @mynews ms"));
    ChatId channel = new ChatId(-100555);
    assertEquals(Set.of(new SourceId("ms")), followed(channel));
    assertTrue(store.subscribers.isActive(channel));
    List<dev.newsbot.subscription.Recipient> to =
        store.audience.recipients(new SourceId("ms"), "Ferry", "", Instant.now());
    assertEquals(
        List.of(channel), to.stream().map(dev.newsbot.subscription.Recipient::chat).toList());
    storeArticle("ms", List.of(channel));
    dev.newsbot.delivery.Delivery post = store.outbox.due(Instant.now().plusSeconds(5), 10).get(0);
    assertTrue(post.reader().channel(), "posts there carry a link back, no buttons");
  }

  @Test
  void aDeepLinkFromAChannelOpensTheArticleInAPrivateChat() {
    Article a = storeArticle("ms");
    OutgoingMessage push = message(ALICE, "/start read-" + a.id());
    assertTrue(push.text().contains("Story from ms"), push.text());
    assertEquals("r:" + a.id(), push.buttons().get(0).get(0).data());
    assertTrue(store.subscribers.isActive(ALICE));
    assertTrue(reply(ALICE, "/start read-424242").startsWith("You are subscribed"));
  }

  private String reply(ChatId chat, long user, String text) {
    return commands.chats.handle(chat, user, text, null, null).join().orElseThrow().text();
  }

  private void publishFeed(String path) {
    site.put(
        path,
        "application/rss+xml",
        new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER).xml());
  }

  private int articles;

  /** A push's keyboard: Read here, and the mute or unmute button with {@code label}. */
  private static List<List<Button>> pushButtons(Article a, String label, String action) {
    return List.of(
        List.of(
            Button.callback("Read here", "r:" + a.id()),
            Button.callback(label, action + ":" + a.id())));
  }

  private Article storeArticle(String source) {
    return storeArticle(source, List.of());
  }

  private Article storeArticle(String source, List<ChatId> to) {
    articles++;
    Article stored =
        store
            .articles
            .add(
                new NewArticle(
                    new SourceId(source),
                    source.equals("ms") ? "Mothership" : "Other Daily",
                    URI.create("https://news.example.sg/" + source + "/" + articles),
                    "news.example.sg/" + source + "/" + articles,
                    null,
                    "Story from " + source,
                    null,
                    Instant.parse("2026-11-01T00:00:00Z").plusSeconds(articles),
                    "",
                    null,
                    "",
                    "Body of the story.",
                    "Summary."),
                dev.newsbot.subscription.Recipient.now(to))
            .orElseThrow();
    store.outbox.releaseStaged(null); // as the poll that found it ends
    return stored;
  }
}
