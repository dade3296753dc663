package dev.newsbot.testing;

import java.util.List;

/** Invented stories for the fake site's feed. */
public final class Stories {
  private Stories() {}

  /** Already in the feed when the bot first starts: its backlog, never pushed. */
  public static final MothershipFeed.Item HAWKER =
      new MothershipFeed.Item(
          "tampines-hawker-late-night-stalls",
          "Tampines hawker centre adds late-night stalls after residents ask for supper options",
          "2026-11-27T21:15:00",
          "Test Writer",
          "Night-shift workers had asked for more choice.",
          List.of(
              "A hawker centre in Tampines will keep six of its stalls open until 2am from next month, the town council said on Thursday.",
              "The change follows a petition signed by more than 800 residents, many of them nurses and security officers who finish work late.",
              "## Trial for three months",
              "The longer hours will run as a three-month trial, after which the council will review footfall and noise complaints."));

  /** Appears on the site while the bot runs; has an ampersand in its title. */
  public static final MothershipFeed.Item FERRY =
      new MothershipFeed.Item(
          "punggol-ferry-trial-first-week",
          "Punggol ferry trial carries 3,000 riders & their bicycles in first week",
          "2026-11-28T09:30:00",
          "Another Writer",
          "Commuters gave the service mixed reviews.",
          List.of(
              "A trial ferry service between Punggol and Changi Point carried about 3,000 passengers in its first week, the operator said on Friday.",
              "Riders praised the view but complained about the 40-minute wait between sailings during the evening peak.",
              "## Bicycles welcome",
              "Each boat has racks for 12 bicycles, and cyclists made up nearly a third of the passengers.",
              "The operator said it would add a sailing at 6.15pm on weekdays from December."));

  /** Another story, later; it mentions neither ferries nor bicycles. */
  public static final MothershipFeed.Item HAWKER_2 =
      new MothershipFeed.Item(
          "bedok-market-reopens-after-repairs",
          "Bedok market reopens after three months of repairs to its roof",
          "2026-11-29T08:00:00",
          "Test Writer",
          "Stallholders are glad to be back.",
          List.of(
              "The market in Bedok reopened on Saturday after repairs to its leaking roof, the town council said.",
              "Most of its 80 stalls were open by 7am, and the queues at the fishmongers were long.",
              "The council said the new roof should last for at least 20 years."));

  /** The ferry story as an article page on the fake site, for /summary of a link. */
  public static final String FERRY_PAGE =
      ArticlePage.article(
          FERRY.title().replace("&", "&amp;"),
          FERRY.author(),
          "2026-11-28T09:30:00+08:00",
          FERRY.paragraphs().stream().filter(p -> !p.startsWith("## ")).toList());
}
