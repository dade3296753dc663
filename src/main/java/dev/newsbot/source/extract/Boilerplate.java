package dev.newsbot.source.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines that are the site talking about itself, not the story: promos, credits, ad labels, share
 * prompts; in English, Chinese (simplified and traditional) and Malay.
 */
final class Boilerplate {
  private static final String SHARE_WORDS =
      "share( this)?( article| story| post| page)?( on)?|tweet( this)?|e-?mail( this)?|print( this)?"
          + "|pin( it)?|whatsapp|facebook|twitter|linkedin|reddit|copy link|telegram|flipboard";

  private static final String CHINESE_CHANNELS =
      "telegram|facebook|instagram|whatsapp|youtube|tiktok|twitter|line|微信|微博|脸书|臉書|面子书"
          + "|电报|電報|频道|頻道|群组|群組|电子报|電子報|公众号|公眾號|专页|專頁";

  /**
   * Chinese promo lines, which can name the channel anywhere in the line; tried only on lines with
   * Chinese or Japanese characters, since their unanchored starts cost a scan of every line.
   */
  private static final List<Pattern> CHINESE_PROMOS =
      List.of(
          // "在Telegram上关注我们…", "订阅我们的电子报…", "下载本报App"
          Pattern.compile(
              "^(?=.*(关注|追踪|订阅|加入|關注|追蹤|訂閱)(我们|我們|本报|本報|本站))(?=.*(" + CHINESE_CHANNELS + ")).*"),
          Pattern.compile(
              "^.{0,15}(关注|追踪|订阅|加入|關注|追蹤|訂閱).{0,15}(" + CHINESE_CHANNELS + ").{0,60}$"),
          Pattern.compile("^.{0,10}(下载|下載)(我们的|我們的|本报|本報)?.{0,20}(app|应用|應用).{0,40}$"));

  /**
   * Another story's teaser: its blurb ends in a marked link ("… launch event Read more...", "[Read
   * More]", "Mehr lesen …"); a sentence ending "… continue reading." is not marked.
   */
  private static final Pattern TEASER =
      Pattern.compile(
          "^.{10,200}?(\\s|\\.\\.\\.|…|[\\[(»])(read more|continue reading|mehr lesen|weiterlesen"
              + "|lire la suite|leer más|leggi tutto|czytaj dalej)(\\s*(\\.\\.\\.|…|»|›|\\]|\\)|→|>>))+$");

  /**
   * A caption or credit ending in its copyright holder: "… on the pier. © AFP / J. Tan", "… in
   * 1975. | © Augusta National/Getty Images". Tried only on lines with the sign.
   */
  private static final Pattern CREDITED = Pattern.compile("^[^©]{0,160}©\\s?[^©.!?]{2,60}$");

  /** The word "feed", not "feedback" or "feeding". */
  private static final Pattern FEED = Pattern.compile("\\bfeed\\b");

  private static final Pattern POST_FOOTER =
      Pattern.compile(
          "^(this (entry|post) was|(dieser|der) (beitrag|eintrag|artikel) wurde|erstellt am"
              + "|veröffentlicht am|geschrieben am)\\b");

  /** Cookie notices run longer than the other lines, so they have their own limit. */
  private static final Pattern COOKIES =
      Pattern.compile(
          "^(we use cookies|we and our partners use cookies|this (web)?site uses cookies"
              + "|our (web)?site uses cookies|cookies help us|by (continuing to (use|browse)|using)"
              + " (this|our) (site|website)|we value your privacy)\\b.{0,400}$");

  /**
   * One part of a post's meta line ("Posted by Jo at 9:22 PM | Comments (3)", "09-02-2006 22:58 | 3
   * comment(s)"): a comment count or a link to the comments.
   */
  private static final Pattern COMMENT_PART =
      Pattern.compile(
          "^(\\d+\\s+)?(comments?|comment\\(s\\)|responses?|replies|trackbacks?|add (a )?comment"
              + "|view/add comments?|leave a (comment|reply)|no comments|post a comment)"
              + "(\\s*\\(\\d+\\))?$");

  private static final Pattern PARTS = Pattern.compile("\\s*[|•·]\\s*");

  private static final LinePatterns LINES =
      new LinePatterns(
          List.of(
              // "Follow us on Telegram for the latest updates: https://t.me/..."
              Pattern.compile(
                  "^(follow|join|like) us on (telegram|facebook|instagram|twitter|x|tiktok|whatsapp"
                      + "|youtube|linkedin|threads|google news)\\b.*"),
              // image credits: "Top image via ...", "Top photo adapted from ...", "Photos courtesy
              // of
              // ..."
              Pattern.compile(
                  "^(top |cover |header |featured |all |lead |main )?(image|photo|picture|screenshot"
                      + "|video)s? (\\w+ )?(via|from|by|courtesy|credit|source)\\b.*"),
              Pattern.compile("^(top|cover|featured) (image|photo|picture)s?\\b.*"),
              Pattern.compile("^(photo|image|photograph|picture|credit|source)s?\\s*:.{0,100}$"),
              Pattern.compile("^\\(?(photo|image|photograph)s? (by|via|courtesy of) .{0,80}\\)?$"),
              // podcast and newsletter promos
              Pattern.compile("^(follow and )?listen to our podcast.*"),
              Pattern.compile(
                  "^(sign up|subscribe)( now)? (for|to) (our|the) .*(newsletter|updates|emails?).*"),
              Pattern.compile("^content that keeps .{1,40} going.*"),
              Pattern.compile(
                  "^(advertisement|advertisements|advert|ad|sponsored|sponsored content"
                      + "|scroll to continue( with content)?|(story|article) continues below( advertisement)?"
                      + "|continue reading( below)?|skip advert(isement)?)$"),
              Pattern.compile(
                  "^(related|related stories|related articles|related posts|related coverage"
                      + "|read also|also read|read more|more stories|more from .{1,40}|you may also like"
                      + "|you might also like|recommended( for you)?|further reading|most read|most popular)"
                      + "\\s*[:：]?.{0,150}$"),
              Pattern.compile("^share (this|the) (article|story|post|page)\\b.{0,40}$"),
              Pattern.compile(
                  "^share (on|via) (facebook|twitter|x|whatsapp|email|linkedin|telegram).{0,40}$"),
              Pattern.compile(
                  "^(leave a (comment|reply)|\\d+ comments?|comments|no comments( yet)?|add a comment"
                      + "|post a comment|show comments|view comments)\\.?$"),
              Pattern.compile("^(tags|tagged|filed under|topics|categories)\\s*:.{0,150}$"),
              Pattern.compile("^(copyright|©).{0,150}(all rights reserved)?\\.?$"),
              Pattern.compile("^all rights reserved\\.?$"),
              // the same in German, Spanish, French, Polish and Italian, and more English promo
              // forms
              Pattern.compile(
                  "^(auch interessant|mehr zum thema|lesen sie auch|lies auch|weitere artikel"
                      + "|das könnte sie auch interessieren|empfohlene artikel|lea también|lea más|lea"
                      + "|lee también|te puede interesar|puedes ver|ver también|noticias relacionadas"
                      + "|czytaj (też|także|również)|zobacz (też|także)|à lire aussi|lire aussi|voir aussi"
                      + "|sur le même sujet|leggi anche|potrebbe interessarti)\\s*[:：].{0,150}$"),
              Pattern.compile(
                  "^(auch interessant|mehr zum thema|lesen sie auch|weitere artikel|noticias relacionadas"
                      + "|czytaj (też|także|również)|à lire aussi|lire aussi|leggi anche)$"),
              Pattern.compile(
                  "^(keine kommentare|\\d+ kommentare?|kommentare?( \\(\\d+\\))?|sin comentarios"
                      + "|\\d+ comentarios?|comentarios|brak komentarzy|komentarze|aucun commentaire"
                      + "|\\d+ commentaires?|commentaires)$"),
              Pattern.compile(
                  "^(titelbild|beitragsbild|bild|bildquelle|quelle|fotocredit|crédito|créditos"
                      + "|foto de portada|zdjęcie|źródło|crédit photo|photo credit|image credit)s?\\s*:.{0,100}$"),
              Pattern.compile(
                  "^(síguenos|siguenos|suivez-nous|folgen sie uns|folge uns|obserwuj nas)\\b.{0,150}$"),
              Pattern.compile(
                  "^(advertisement|anzeige|werbung|publicidad|reklama|publicité|pubblicità)\\s*:?$"),
              Pattern.compile("^if you (enjoyed|liked) (reading )?this (post|article|story)\\b.*"),
              Pattern.compile("^never miss .{0,40}\\b(news|stories|story|updates?)\\b.*"),
              Pattern.compile(
                  "^subscribe (now |today )?to (our|the) .{0,60}\\b(for the full story|edition)\\b.*"),
              Pattern.compile("^for the latest .{0,60}\\bdownload .{0,60}\\bapps?\\b.*"),
              Pattern.compile(
                  "^to (view|read|continue reading) (the full|this|the rest of (this|the)) (story|article)"
                      + ".{0,150}$"),
              Pattern.compile("^if you('re| are) (seeing this message|already a subscriber)\\b.*"),
              Pattern.compile("^submit your letter to the editor\\b.*"),
              // the footer a blog engine writes under a post: "This entry was posted in …", "Der
              // Beitrag wurde am … veröffentlicht", "Erstellt am …"
              Pattern.compile("^this (entry|post) was (posted|filed) (in|on|under)\\b.*"),
              Pattern.compile("^bookmark the permalink\\.?$"),
              // WordPress and Blogger post footers: "Posted in News, Events | Tagged ferry",
              // "Filed under Local"
              Pattern.compile(
                  "^(posted|filed) (in|under)\\s*:? [^.!?]{1,150}(\\s*[|•·]\\s*(tagged|tags)\\s*:?.{0,150})?$"),
              Pattern.compile("^(tagged|tagged with)\\s*:? .{1,150}$"),
              Pattern.compile(
                  "^(dieser|der) (beitrag|text|artikel|eintrag) wurde (am|von|unter|in)\\b.{0,150}"
                      + "(veröffentlicht|verfasst|geschrieben|abgelegt)\\b.*"),
              Pattern.compile(
                  "^(erstellt|veröffentlicht|aktualisiert|geschrieben|publiziert|zuletzt aktualisiert)"
                      + " (am|von)\\b.{0,80}$"),
              // blog furniture: trackbacks, engines, likes, "back to top", closed comments
              Pattern.compile("^trackbacks?( url)?( for this (entry|post))?\\s*:?.*"),
              Pattern.compile(
                  "^listed below are links to (weblogs|blogs|sites|posts) that reference.*"),
              Pattern.compile(
                  "^((this )?(blog|site) )?(is )?(proudly )?powered by (typepad|wordpress|movable type"
                      + "|blogger|ghost|squarespace|drupal|tumblr)\\b.*"),
              Pattern.compile(
                  "^(be the first to like this|like this|like loading\\.*|loading\\.\\.\\.)\\.?:?$"),
              Pattern.compile("^\\W*(back to|return to|go to) (the )?top( of (the )?page)?\\W*$"),
              Pattern.compile(
                  "^continue reading (the main story|the rest of (this|the) (story|article|post))\\.?$"),
              Pattern.compile(
                  "^(the )?comments (to this (entry|post|article) )?are (now )?closed\\.?$"
                      + "|^subscribe to (the )?(comments|replies|this thread)\\b.*"
                      + "|^(view|read|show|load|see) (all )?(\\d+ )?comments\\b.{0,40}$"
                      + "|^join the (conversation|discussion)\\b.{0,60}$"),
              // newsletter boxes
              Pattern.compile(
                  "^(sign[ -]?up|subscribe|register)( now| today| here)?( for| to)( our| the| free| a)*"
                      + ".{0,60}(newsletters?|e-?mail updates|updates|alerts|e-?books?)\\b.*"),
              Pattern.compile(
                  "^(to receive|get|receive) (these|our|the) .{0,60}(newsletter|by e-?mail)\\b.*"),
              Pattern.compile("^enter your e-?mail( address)?\\b.{0,80}$"),
              // a row of share buttons: "Share | Tweet | Email | Print"
              Pattern.compile(
                  "^(" + SHARE_WORDS + ")(\\s*[|·•/,:]?\\s*(" + SHARE_WORDS + "|\\d+))*\\s*:?$"),
              // Chinese credits and desk lines: "图片来源：…", "（图：…／…）", "责任编辑：…"
              Pattern.compile(
                  "^[（(【\\[]?\\s*(图|圖|图片|圖片|照片|摄影|攝影|图源|圖源|图片来源|圖片來源|图片提供|圖片提供"
                      + "|图文|圖文|视频|視頻|影片|来源|來源|资料来源|資料來源|消息来源|消息來源|编辑|編輯|责任编辑"
                      + "|責任編輯|责编|責編|校对|校對|文|撰文|记者|記者|作者|翻译|翻譯|编译|編譯)"
                      + "\\s*[：:／/|｜].{0,40}$"),
              Pattern.compile(
                  "^[【\\[]?(関連記事|関連ニュース|関連リンク|あわせて読みたい|相关新闻|相關新聞|相关文章|相關文章|相关阅读|相關閱讀|相关报道|相關報導|延伸阅读|延伸閱讀"
                      + "|推荐阅读|推薦閱讀|热门新闻|熱門新聞|更多新闻|更多新聞|阅读更多|閱讀更多|猜你喜欢|猜你喜歡"
                      + "|你可能也喜欢|热门文章|熱門文章)[】\\]]?\\s*[:：]?.{0,60}$"),
              Pattern.compile(
                  "^(分享到|分享至|分享此文|分享本文|分享文章|分享|转发|轉發|kongsi|kongsikan)"
                      + "( artikel| berita| cerita)?( ini)?\\s*[:：]?(\\s*(facebook|whatsapp|telegram|微信|微博"
                      + "|脸书|臉書|line|twitter|x|email|emel|电邮|電郵)\\s*[,，、|/]?)*\\s*$"),
              Pattern.compile(
                  "^(广告|廣告|赞助内容|贊助內容|iklan|iklan tajaan|kandungan tajaan|\\d+\\s*条评论"
                      + "|\\d+\\s*則留言|评论|評論|发表评论|發表評論|查看评论|\\d+ komen|komen"
                      + "|tinggalkan komen)$"),
              Pattern.compile("^(版权所有|版權所有|hak cipta( terpelihara)?).{0,80}$"),
              // Malay: "Ikuti kami di Telegram…", "Gambar: …", "Sumber: …", "Baca juga: …"
              Pattern.compile(
                  "^(ikuti|sertai|langgan|jom (ikuti|sertai|follow)|dapatkan)\\b.{0,60}\\b(telegram"
                      + "|facebook|instagram|twitter|tiktok|whatsapp|youtube|google news|saluran"
                      + "|surat berita|newsletter)\\b.*"),
              Pattern.compile(
                  "^(gambar|foto|imej|sumber|kredit( gambar| foto)?|video|gambar (atas|utama|hiasan)"
                      + "|foto hiasan|ilustrasi)\\s*[:：].{0,100}$"),
              Pattern.compile(
                  "^(gambar|foto|imej)( atas| utama| hiasan)? (via|dari|oleh|ihsan|menerusi) .{0,80}$"),
              Pattern.compile(
                  "^(baca juga|baca lagi|berita berkaitan|artikel berkaitan|berita lain|lihat juga"
                      + "|artikel lain|paling popular|paling banyak dibaca)\\s*[:：]?.{0,150}$"),
              Pattern.compile("^(tag|topik|label|kategori|标签|標籤|关键词|關鍵字|关键字)\\s*[:：].{0,150}$"),
              // an affiliate notice: "Anzeige, enthält Affiliate Links", "This post contains
              // affiliate links."
              Pattern.compile(
                  "^((anzeige|werbung|ad|advertisement)\\s*[,:(|–-]\\s*)?(this (post|article|page) )?"
                      + "(enthält|contains|includes) (affiliate|partner)[- ]?links?\\b.{0,100}$"),
              // a label or a control left without its text: "By:", "Von:", "zurück", "Quellen
              // ausblenden", "Keine Kommentare (…)"
              Pattern.compile("^(by|von|par|por|di)\\s*:$"),
              Pattern.compile("^(zurück|back|nach oben|zum seitenanfang)$"),
              Pattern.compile(
                  "^(quellen|sources|references) (ausblenden|einblenden|anzeigen|show|hide)$"),
              Pattern.compile("^(keine kommentare|no comments( yet)?)\\s*\\(.{0,80}\\)$")));

  /**
   * The heading over a page's comments: "Comments", "12 Responses to “…”", "Leave a Reply". Not a
   * bare "Response" or "Discussion": articles have sections of those names.
   */
  private static final Pattern COMMENTS_HEADING =
      Pattern.compile(
          "^(\\d+\\s+comments?|\\d+\\s+responses?|\\d+\\s+replies|comments|reader comments"
              + "|readers' comments|leave a (comment|reply)|post a comment|add a comment"
              + "|join the discussion"
              + "|kommentare|komentarze|commentaires|comentarios|评论|評論|留言|komen"
              + "|(\\d+|one|two|three) (comments?|responses?|thoughts?|replies) (on|to) .{1,150})"
              + "(\\s*\\(\\d+\\))?\\s*:?$");

  /**
   * The heading over what a site shows below a story: other stories and a blog's sidebar widgets
   * ("Related posts", "You may also like", "Recent Posts", "Blog Archive").
   */
  private static final Pattern FURNITURE_HEADING =
      Pattern.compile(
          "^(related|related (posts|articles|stories|links|content|coverage|news)|you (may|might)"
              + " (also )?(like|enjoy)|more (stories|news|articles|posts)|read next|recent posts"
              + "|recent (articles|entries|comments)|popular posts|most popular|most read|trending"
              + "|blog archive|archives?|search this blog|about me|categories|top stories"
              + "|latest (news|stories|posts)|recommended( for you)?|share this( article| post| story)?"
              + "|like this|weitere artikel|das könnte sie auch interessieren|mehr zum thema"
              + "|ähnliche (beiträge|artikel)|verwandte artikel|neueste beiträge|archiv|kategorien"
              + "|über (den autor|die autorin)|zum autor|zur autorin"
              + "|contributors|feeds?|subscribe|subscribe (to|by|via) .{1,30}|follow us( on .{1,30})?"
              + "|about the authors?|authors?|newsletter|connect with us|blogroll|tags|popular|links)"
              + "\\s*[:：]?$");

  /** Long paragraphs are story text even when they open like a promo. */
  private static final int MAX_LENGTH = 200;

  private Boilerplate() {}

  /** Whether a heading opens the comments under a story. */
  static boolean isCommentsHeading(String heading) {
    return TextStats.readingLength(heading) <= MAX_LENGTH
        && COMMENTS_HEADING.matcher(heading.strip().toLowerCase(Locale.ROOT)).matches();
  }

  /** Whether a heading opens the site's furniture under a story: other stories, widgets. */
  static boolean isFurnitureHeading(String heading) {
    return heading.length() <= MAX_LENGTH
        && FURNITURE_HEADING.matcher(heading.strip().toLowerCase(Locale.ROOT)).matches();
  }

  static boolean isBoilerplate(String paragraph) {
    int length = TextStats.readingLength(paragraph);
    if (length > MAX_LENGTH) {
      if (length >= 3 * MAX_LENGTH) {
        return false;
      }
      String lower = paragraph.strip().toLowerCase(Locale.ROOT);
      return COOKIES.matcher(lower).matches() || isPostFooter(lower);
    }
    String lower =
        paragraph.strip().toLowerCase(Locale.ROOT).replace('’', '\''); // curly apostrophes
    if (lower.startsWith("• ")) {
      lower = lower.substring(2);
    }
    if (LINES.matchesAny(lower) || (lower.indexOf('©') >= 0 && CREDITED.matcher(lower).matches())) {
      return true;
    }
    if (mayEndInReadMore(lower) && TEASER.matcher(lower).matches()) {
      return true;
    }
    if (hasWideCharacters(lower)) {
      for (Pattern p : CHINESE_PROMOS) {
        if (p.matcher(lower).matches()) {
          return true;
        }
      }
    }
    return COOKIES.matcher(lower).matches();
  }

  /** Whether a paragraph is another story's blurb ending in its "read more" link. */
  static boolean isTeaser(String paragraph) {
    String s = paragraph.strip();
    return mayEndInReadMore(s)
        && TextStats.readingLength(s) <= MAX_LENGTH
        && TEASER.matcher(s.toLowerCase(Locale.ROOT)).matches();
  }

  /** The cheap test before {@link #TEASER}: the marks it needs at the end. */
  private static boolean mayEndInReadMore(String s) {
    if (s.length() < 12) {
      return false;
    }
    return switch (s.charAt(s.length() - 1)) {
      case '…', '»', '›', ']', ')', '→', '>' -> true;
      case '.' -> s.endsWith("...");
      default -> false;
    };
  }

  /**
   * The long footer a blog theme writes under each post: when it was posted, where it was filed,
   * and how to follow the comments "through the (RSS 2.0) feed", in English or German.
   */
  private static boolean isPostFooter(String lower) {
    return POST_FOOTER.matcher(lower).find() && FEED.matcher(lower).find(); // the anchored first
  }

  private static boolean hasWideCharacters(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (TextStats.weight(line.charAt(i)) > 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a short line split by bars or bullets has a part that counts or links to comments: a
   * post's meta line, or a teaser in a list of posts. Not for table rows, whose cells are split the
   * same way.
   */
  static boolean isCommentMeta(String line) {
    if (TextStats.readingLength(line) > MAX_LENGTH) {
      return false;
    }
    String lower = line.strip().toLowerCase(Locale.ROOT);
    if (lower.indexOf('|') < 0 && lower.indexOf('•') < 0 && lower.indexOf('·') < 0) {
      return false;
    }
    for (String part : PARTS.split(lower)) {
      if (COMMENT_PART.matcher(part).matches()) {
        return true;
      }
    }
    return false;
  }
}
