package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "在Telegram上关注我们，第一时间获取最新消息",
        "欢迎关注我们的微信公众号",
        "订阅我们的电子报，每天早上收到精选新闻。",
        "图片来源：读者提供",
        "（图：本报／张伟明）",
        "责任编辑：王小玲",
        "相关新闻：组屋区新巴士服务下月推出",
        "分享到：",
        "Ikuti kami di Telegram untuk berita terkini",
        "Sertai saluran WhatsApp kami",
        "Gambar: Berita Kita/Nurul Huda",
        "Sumber: Kementerian Kesihatan",
        "Baca juga: Harga sewa gerai naik",
        "Kongsi artikel ini:"
      })
  void dropsChineseAndMalayPromosAndCredits(String line) {
    assertTrue(Boilerplate.isBoilerplate(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "他说，回到熟悉的地方，看到老街坊一个个回来，心里很踏实。",
        "分享会将于下周六在社区中心举行，欢迎居民参加。",
        "Kongsi gelap itu ditumpaskan polis selepas siasatan selama enam bulan.",
        "Sumber pendapatan utama penduduk kampung itu ialah perikanan."
      })
  void keepsStorySentencesThatOpenLikeAPromo(String line) {
    assertFalse(Boilerplate.isBoilerplate(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We use cookies to improve your experience. By continuing to browse the site you agree to"
            + " our use of cookies, as described in our cookie policy, which you can read at any time"
            + " from the link at the foot of every page of this website.",
        "Sign up for free email updates and get our weekly digest",
        "Share | Tweet | Email | Print",
        "Be the first to like this.",
        "The comments to this entry are closed.",
        "Trackback URL for this entry: https://blog.example/tb/123",
        "Back to top",
        "Lesen Sie auch: Neue Fähre zur Insel ab Montag",
        "Lea también: La feria del libro vuelve al puerto",
        "Keine Kommentare",
        "Titelbild: Hafenamt",
        "Síguenos en Telegram, Instagram y Facebook",
        "Never miss the latest news by signing up to our newsletter",
        "This entry was posted in Harbour News and tagged ferries on 3 March 2026 by Wren.",
        "Der Beitrag wurde am Mittwoch, 4. März 2026 veröffentlicht und unter Hafen abgelegt.",
        "The night ferry returns for the summer with two extra sailings Read more...",
        "Neue Fähre zur Insel ab Montag … [Mehr lesen]",
        "Posted in Harbour News, Events | Tagged ferries, timetable",
        "Filed under: Island Life",
        "Tagged with: ferries",
        "This entry was posted on Tuesday, March 3rd, 2026 at 9:22 pm and is filed under Harbour"
            + " News, Island Life, Timetables. You can follow any responses to this entry through the"
            + " RSS 2.0 feed. Both comments and pings are currently closed.",
        "This entry was posted on Friday, March 6th, 2026 at 8:10 am and is filed under Ferries. You"
            + " can follow any responses to this entry through the feed. Pinging is currently not"
            + " allowed.",
        "Der Beitrag wurde am Dienstag, den 3. März 2026 um 21:22 Uhr veröffentlicht und wurde unter"
            + " Hafen, Inselleben abgelegt. Du kannst die Kommentare zu diesem Eintrag durch den RSS 2.0"
            + " Feed verfolgen. Kommentare sind derzeit geschlossen.",
        "The harbour master at the east pier on Monday. © Harbour Press / Jane Tan",
        "The old lighthouse in 1950. | © Island Archive/Getty Images",
        "Anzeige, enthält Affiliate Links",
        "This post contains affiliate links.",
        "By:",
        "Von:",
        "zurück",
        "Quellen ausblenden",
        "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)"
      })
  void dropsCookieNoticesNewsletterBoxesShareRowsAndPostFooters(String line) {
    assertTrue(Boilerplate.isBoilerplate(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Posted by Wren Talbot at 9:22 PM | Comments (3)",
        "Lantern festival moves to the river 09-02-2026 22:58 | 3 comment(s)",
        "Posted in: Harbour News | comments |"
      })
  void dropsPostMetaLinesWithCommentCounts(String line) {
    assertTrue(Boilerplate.isCommentMeta(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The council will share the cost of the new pool with the school.",
        "The timetable was short, so all we had to do was continue reading.",
        "Readers sent in comments | the editor replied to each of them",
        "Posted in 2019, the video of the harbour wall was watched a million times.",
        "Posted by Wren Talbot on 3 March 2026 at 9:22 PM",
        "This post was updated on Tuesday evening after the ferry operator sent us its feedback on"
            + " the winter timetable, which it says will hold until the end of March, when the"
            + " spring sailings to the outer islands begin again and the late boat on Fridays"
            + " returns.",
        "The © sign on the old ferry tickets was painted over in 1962, when the council took the"
            + " route over.",
        "By the time the last boat left, the pier was empty.",
        "Back at the harbour, the crews were already loading the first boat."
      })
  void keepsStoryLinesThatMentionSharingOrComments(String line) {
    assertFalse(Boilerplate.isBoilerplate(line) || Boilerplate.isCommentMeta(line), line);
  }

  @Test
  void dropsAnAboutTheAuthorBoxInGerman() {
    assertTrue(Boilerplate.isFurnitureHeading("Über den Autor"));
  }
}
