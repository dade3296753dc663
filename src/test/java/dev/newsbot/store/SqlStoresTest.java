package dev.newsbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.delivery.Delivery;
import dev.newsbot.delivery.Outbox;
import dev.newsbot.news.Article;
import dev.newsbot.news.BodyBlock;
import dev.newsbot.news.FullArticle;
import dev.newsbot.news.NewArticle;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.Recipient;
import dev.newsbot.testing.TestDb;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stores' contract, run on both engines (SqlStoresOnSqliteTest, SqlStoresOnPostgresTest). */
abstract class SqlStoresTest {
  private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
  @TempDir Path dir;
  private TestDb store;

  /** The stores on this engine. */
  abstract TestDb open(Path dir, Clock clock);

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void setUp() {
    store = open(dir, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static NewArticle article(String key, String hash) {
    return new NewArticle(
        new SourceId("s"),
        "S",
        URI.create("https://" + key),
        key,
        hash,
        "Title " + key,
        null,
        null,
        "",
        null,
        "",
        "Body.",
        "Summary.");
  }

  @Test
  void storesAnArticleOncePerUrlKeyAndOncePerContent() {
    assertTrue(store.articles.add(article("a.example/1", "h1"), List.of()).isPresent());
    assertTrue(
        store.articles.add(article("a.example/1", "h2"), List.of()).isEmpty(), "same address");
    assertTrue(
        store.articles.add(article("b.example/9", "h1"), List.of()).isEmpty(),
        "same story elsewhere");
    assertTrue(store.articles.add(article("c.example/2", null), List.of()).isPresent());
    assertTrue(
        store.articles.add(article("c.example/3", null), List.of()).isPresent(),
        "no hash: no content match");
    assertTrue(store.articles.contains("a.example/1"));
  }

  @Test
  void findsAnArticleWithItsBodyBlocks() {
    NewArticle a = article("a.example/1", null);
    long id =
        store
            .articles
            .add(
                new NewArticle(
                    a.source(),
                    a.sourceName(),
                    a.url(),
                    a.urlKey(),
                    null,
                    a.title(),
                    "Writer",
                    NOW.minusSeconds(60),
                    "Standfirst.",
                    URI.create("https://img.example/1.jpg"),
                    "The pier at dawn.",
                    "Opening.\n\n## Subheading\n\n• One.\n\n• Two.",
                    "Summary."),
                List.of())
            .orElseThrow()
            .id();

    FullArticle found = store.articles.find(id).orElseThrow();

    assertEquals("Title a.example/1", found.article().title());
    assertEquals("Writer", found.article().author());
    assertEquals(URI.create("https://img.example/1.jpg"), found.article().image());
    assertEquals("The pier at dawn.", found.article().imageCaption());
    assertEquals(
        List.of(
            new BodyBlock(BodyBlock.Kind.PARAGRAPH, "Opening."),
            new BodyBlock(BodyBlock.Kind.HEADING, "Subheading"),
            new BodyBlock(BodyBlock.Kind.LIST_ITEM, "One."),
            new BodyBlock(BodyBlock.Kind.LIST_ITEM, "Two.")),
        found.body());
  }

  @Test
  void findsNoArticleForAnUnknownId() {
    assertTrue(store.articles.find(404).isEmpty());
  }

  /** Subscribes chats 1 and 2, and stores an article of source s for chat 1: its id. */
  private long storedForTheFirstOfTwoChats() {
    store.subscribers.subscribe(new ChatId(1));
    store.subscribers.subscribe(new ChatId(2));
    return store
        .articles
        .add(article("a.example/1", "h1"), Recipient.now(List.of(new ChatId(1))))
        .orElseThrow()
        .id();
  }

  @Test
  void aSecondSourceListingAStoredArticleQueuesItOnceForChatsThatLackIt() {
    long id = storedForTheFirstOfTwoChats();
    SourceId other = new SourceId("t");
    Instant dayAgo = NOW.minus(java.time.Duration.ofDays(1));

    assertEquals(
        id, store.articles.firstListing(other, "a.example/1", null, dayAgo).orElseThrow().id());
    assertEquals(
        id,
        store.articles.firstListing(other, "b.example/9", "h1", dayAgo).orElseThrow().id(),
        "the same story under another address");
    assertTrue(
        store.articles.firstListing(new SourceId("s"), "a.example/1", null, dayAgo).isEmpty(),
        "its own source listed it");
    assertTrue(
        store.articles.firstListing(other, "a.example/1", null, NOW.plusSeconds(1)).isEmpty(),
        "stored before the window");

    assertEquals(
        1,
        store.articles.alsoListedBy(
            other, "T", id, Recipient.now(List.of(new ChatId(1), new ChatId(2)))),
        "chat 1 has it already");
    assertEquals(
        0, store.articles.alsoListedBy(other, "T", id, Recipient.now(List.of(new ChatId(2)))));
    assertTrue(store.articles.firstListing(other, "a.example/1", null, dayAgo).isEmpty());
    store.outbox.releaseStaged(other);
    assertEquals(
        List.of(new ChatId(2)),
        store.outbox.due(NOW, 10).stream().map(Delivery::chat).toList(),
        "the listing source's poll releases what it staged, not what the other poll staged");
    store.outbox.releaseStaged(new SourceId("s"));
    assertEquals(2, store.outbox.due(NOW, 10).size());
  }

  @Test
  void aStoryAnotherSourceListsReachesItsFollowersUnderThatSourcesName() {
    long id = storedForTheFirstOfTwoChats();
    store.articles.alsoListedBy(
        new SourceId("early"), "Early News", id, Recipient.now(List.of(new ChatId(2))));
    store.outbox.releaseStaged(new SourceId("s"));
    store.outbox.releaseStaged(new SourceId("early"));

    Map<Long, Article> shown = new HashMap<>();
    store.outbox.due(NOW, 10).forEach(d -> shown.put(d.chat().value(), d.article()));
    assertEquals(new SourceId("s"), shown.get(1L).source());
    assertEquals("S", shown.get(1L).sourceName());
    assertEquals(new SourceId("early"), shown.get(2L).source(), "its Mute button mutes early");
    assertEquals("Early News", shown.get(2L).sourceName());

    Article listed = store.articles.latest(5, List.of(new SourceId("early"))).get(0);
    assertEquals(
        List.of(id, "early", "Early News"),
        List.of(listed.id(), listed.source().value(), listed.sourceName()));
    assertEquals(
        List.of("s"),
        store.articles.latest(5, List.of(new SourceId("early"), new SourceId("s"))).stream()
            .map(a -> a.source().value())
            .toList(),
        "once, as the source that stored it, though early sorts first");
    assertEquals(List.of(), store.articles.latest(5, List.of(new SourceId("u"))));
    assertEquals(
        "Early News", store.articles.asDeliveredTo(id, new ChatId(2)).orElseThrow().sourceName());
    assertEquals("S", store.articles.asDeliveredTo(id, new ChatId(1)).orElseThrow().sourceName());
    assertTrue(store.articles.asDeliveredTo(id, new ChatId(3)).isEmpty());
  }

  @Test
  void aDigestShowsAStoryUnderTheSourceTheChatGotItThrough() {
    long id = storedForTheFirstOfTwoChats();
    store.articles.alsoListedBy(
        new SourceId("early"), "Early News", id, List.of(new Recipient(new ChatId(2), null, true)));
    assertEquals(
        List.of("Early News"),
        store.outbox.heldForDigest(new ChatId(2)).stream()
            .map(d -> d.article().sourceName())
            .toList());
  }

  @Test
  void unfollowingASourceCancelsOnlyWhatNoOtherFollowedSourceLists() {
    store.subscribers.subscribe(new ChatId(1));
    store.subscriptions.follow(new ChatId(1), new SourceId("s"));
    store.subscriptions.follow(new ChatId(1), new SourceId("t"));
    long shared =
        store
            .articles
            .add(article("a.example/1", "h1"), Recipient.now(List.of(new ChatId(1))))
            .orElseThrow()
            .id();
    store.articles.alsoListedBy(new SourceId("t"), "T", shared, List.of());
    store.articles.add(article("a.example/2", "h2"), Recipient.now(List.of(new ChatId(1))));
    store.outbox.releaseStaged(new SourceId("s"));

    store.subscriptions.unfollow(new ChatId(1), new SourceId("s"));
    List<Delivery> due = store.outbox.due(NOW, 10);
    assertEquals(
        List.of(shared),
        due.stream().map(d -> d.article().id()).toList(),
        "t lists the first story too; the second only s did");
    assertEquals("T", due.get(0).article().sourceName(), "now shown under t, which it follows");
  }

  @Test
  void queuesDeliveriesOnlyForActiveSubscribers() {
    store.subscribers.subscribe(new ChatId(1));
    store.subscribers.subscribe(new ChatId(2));
    store.subscribers.unsubscribe(new ChatId(2));
    store.articles.add(
        article("a.example/1", null), Recipient.now(List.of(new ChatId(1), new ChatId(2))));
    store.outbox.releaseStaged(null);
    List<Delivery> due = store.outbox.due(NOW, 10);
    assertEquals(List.of(new ChatId(1)), due.stream().map(Delivery::chat).toList());
  }

  @Test
  void endingASubscriptionDropsItsUnsentDeliveries() {
    store.subscribers.subscribe(new ChatId(1));
    store.articles.add(article("a.example/1", null), Recipient.now(List.of(new ChatId(1))));
    store.outbox.releaseStaged(null);
    store.subscribers.deactivate(new ChatId(1), "blocked");
    assertTrue(store.outbox.due(NOW, 10).isEmpty());
    assertTrue(store.subscribers.subscribe(new ChatId(1)), "reactivated by /start");
  }

  @Test
  void aClaimedDeliveryIsNotDueAndComesBackAfterARestart() {
    store.subscribers.subscribe(new ChatId(1));
    store.articles.add(article("a.example/1", null), Recipient.now(List.of(new ChatId(1))));
    store.outbox.releaseStaged(null);
    Delivery d = store.outbox.due(NOW, 10).get(0);
    assertEquals(List.of(d.id()), store.outbox.claim(List.of(d.id())));
    assertEquals(List.of(), store.outbox.claim(List.of(d.id())), "claimed once");
    assertTrue(store.outbox.due(NOW, 10).isEmpty());
    assertEquals(1, store.outbox.releaseClaims());
    assertEquals(1, store.outbox.due(NOW, 10).get(0).attempts());
  }

  @Test
  void claimsAndSendsAreWrittenInBatchesAndAHandedBackClaimCountsNoAttempt() {
    List<ChatId> chats = List.of(new ChatId(1), new ChatId(2), new ChatId(3));
    chats.forEach(store.subscribers::subscribe);
    store.articles.add(article("a.example/1", null), Recipient.now(chats));
    store.outbox.releaseStaged(null);
    List<Long> ids = store.outbox.due(NOW, 10).stream().map(Delivery::id).toList();
    assertEquals(3, ids.size());
    assertEquals(ids.subList(0, 2), store.outbox.claim(ids.subList(0, 2)));
    assertEquals(List.of(ids.get(2)), store.outbox.claim(ids), "only those still pending");
    store.outbox.markSent(ids.subList(0, 2), NOW);
    store.outbox.handBack(ids.get(2), NOW.plusSeconds(5));
    assertTrue(store.outbox.due(NOW.plusSeconds(4), 10).isEmpty(), "sent, or due later");
    Delivery back = store.outbox.due(NOW.plusSeconds(5), 10).get(0);
    assertEquals(ids.get(2), back.id());
    assertEquals(0, back.attempts(), "handed back unsent: no attempt counted");
    assertEquals(0, store.outbox.depth(NOW).pending() - 1, "one pending, two sent");
  }

  @Test
  void twoInstancesNeverSendToOneChatAtOnceNorWithinItsLimit() {
    ChatId chat = new ChatId(1);
    store.subscribers.subscribe(chat);
    store.articles.add(article("a.example/1", null), Recipient.now(List.of(chat)));
    store.articles.add(article("a.example/2", null), Recipient.now(List.of(chat)));
    store.outbox.releaseStaged(null);
    List<Long> ids = store.outbox.due(NOW, 10).stream().map(Delivery::id).toList();
    SqlOutbox a = new SqlOutbox(store.db, 5, "a", Clock.fixed(NOW, ZoneOffset.UTC));
    SqlOutbox b = new SqlOutbox(store.db, 5, "b", Clock.fixed(NOW, ZoneOffset.UTC));
    assertEquals(List.of(ids.get(0)), a.claim(List.of(ids.get(0))));
    assertEquals(List.of(), b.claim(List.of(ids.get(1))), "its chat is being sent to");
    a.markSent(List.of(ids.get(0)), NOW);
    assertEquals(List.of(), b.claim(List.of(ids.get(1))), "sent to less than a second ago");
    SqlOutbox later =
        new SqlOutbox(store.db, 5, "b", Clock.fixed(NOW.plusSeconds(2), ZoneOffset.UTC));
    assertEquals(List.of(ids.get(1)), later.claim(List.of(ids.get(1))));
  }

  @Test
  void onlyTheClaimsOfInstancesNoLongerAliveGoBackToTheQueue() {
    ChatId chat = new ChatId(1);
    store.subscribers.subscribe(chat);
    store.articles.add(article("a.example/1", null), Recipient.now(List.of(chat)));
    store.outbox.releaseStaged(null);
    Delivery d = store.outbox.due(NOW, 10).get(0);
    SqlMembers alive = new SqlMembers(store.db, NOW);
    alive.beat(NOW);
    new SqlOutbox(store.db, 5, alive.self(), Clock.fixed(NOW, ZoneOffset.UTC))
        .claim(List.of(d.id()));
    assertEquals(0, store.outbox.releaseClaims(), "its instance still beats");
    alive.leave();
    assertEquals(1, store.outbox.releaseClaims());
  }

  @Test
  void whatALiveInstanceIsStagingIsQueuedOnlyByItsPollOrOnceItStopsBeating() {
    ChatId chat = new ChatId(1);
    store.subscribers.subscribe(chat);
    SqlMembers polling = new SqlMembers(store.db, NOW);
    polling.beat(NOW);
    new SqlArticleStore(store.db, Clock.fixed(NOW, ZoneOffset.UTC), polling.self())
        .add(article("a.example/1", null), Recipient.now(List.of(chat)));

    store.outbox.releaseStaged(null); // as an instance that starts meanwhile, and every heartbeat
    assertTrue(store.outbox.due(NOW, 10).isEmpty(), "its poll is still under way");

    polling.leave(); // it died mid-poll
    store.outbox.releaseStaged(null);
    assertEquals(1, store.outbox.due(NOW, 10).size());
  }

  @Test
  void aRetryIsDueOnlyAtItsTime() {
    store.subscribers.subscribe(new ChatId(1));
    store.articles.add(article("a.example/1", null), Recipient.now(List.of(new ChatId(1))));
    store.outbox.releaseStaged(null);
    Delivery d = store.outbox.due(NOW, 10).get(0);
    store.outbox.claim(List.of(d.id()));
    store.outbox.retryAt(d.id(), NOW.plusSeconds(30), "429");
    assertTrue(store.outbox.due(NOW.plusSeconds(29), 10).isEmpty());
    assertEquals(1, store.outbox.due(NOW.plusSeconds(30), 10).size());
  }

  @Test
  void collapsesABacklogToTheNewestAndCountsTheRest() {
    store.subscribers.subscribe(new ChatId(1));
    for (int i = 1; i <= 7; i++) {
      store.articles.add(
          new NewArticle(
              new SourceId("s"),
              "S",
              URI.create("https://a.example/" + i),
              "a/" + i,
              null,
              "T" + i,
              null,
              NOW.minusSeconds(100 - i),
              "",
              null,
              "",
              "B",
              "S"),
          Recipient.now(List.of(new ChatId(1))));
    }
    Outbox outbox = store.outbox;
    assertTrue(outbox.due(NOW, 10).isEmpty(), "staged until the poll ends");
    assertEquals(0, outbox.releaseStaged(new SourceId("other")), "another source's poll");
    assertTrue(outbox.due(NOW, 10).isEmpty());
    assertEquals(2, outbox.releaseStaged(new SourceId("s")));
    List<Delivery> due = outbox.due(NOW, 10);
    assertEquals(
        List.of("T3", "T4", "T5", "T6", "T7"), due.stream().map(d -> d.article().title()).toList());
    assertEquals(
        2,
        due.stream()
            .filter(d -> d.article().title().equals("T7"))
            .findFirst()
            .orElseThrow()
            .more());
    assertEquals(0, outbox.releaseStaged(null), "nothing more to collapse");
  }

  @Test
  void reportsTheQueueDepthAndTheAgeOfItsOldest() {
    store.subscribers.subscribe(new ChatId(1));
    store.subscribers.subscribe(new ChatId(2));
    store.articles.add(
        article("a.example/1", null), Recipient.now(List.of(new ChatId(1), new ChatId(2))));
    store.outbox.releaseStaged(null);
    assertEquals(
        new Outbox.Depth(2, Duration.ofMinutes(5)), store.outbox.depth(NOW.plusSeconds(300)));
  }

  @Test
  void movesASubscriptionAndItsPendingDeliveriesToTheMigratedChat() {
    store.subscribers.subscribe(new ChatId(-5));
    store.articles.add(article("a.example/1", null), Recipient.now(List.of(new ChatId(-5))));
    store.outbox.releaseStaged(null);
    store.subscribers.migrate(new ChatId(-5), new ChatId(-1005));
    assertTrue(store.subscribers.isActive(new ChatId(-1005)));
    assertTrue(!store.subscribers.isActive(new ChatId(-5)));
    assertEquals(new ChatId(-1005), store.outbox.due(NOW, 10).get(0).chat());
  }

  @Test
  void updateOffsetOnlyMovesForwardAndIsForgottenAfterADay() {
    store = open(dir, Clock.fixed(NOW, ZoneOffset.UTC));
    SqlUpdateOffset offset = new SqlUpdateOffset(store.db, 4242, Clock.fixed(NOW, ZoneOffset.UTC));
    assertEquals(0, offset.last(), "no update taken yet");
    offset.taken(41);
    offset.taken(45);
    offset.taken(43); // a late update of an instance that lost the lease
    assertEquals(45, offset.last());
    assertEquals(
        0,
        new SqlUpdateOffset(store.db, 777, Clock.fixed(NOW, ZoneOffset.UTC)).last(),
        "another token's bot numbers its updates on its own");

    // After a week without updates Telegram may number them from a lower id: a day-old offset
    // means nothing.
    Clock dayLater = Clock.fixed(NOW.plus(Duration.ofHours(25)), ZoneOffset.UTC);
    SqlUpdateOffset later = new SqlUpdateOffset(store.db, 4242, dayLater);
    assertEquals(0, later.last());
    later.taken(7);
    assertEquals(7, later.last());
  }
}
