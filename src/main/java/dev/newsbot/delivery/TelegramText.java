package dev.newsbot.delivery;

/** How long Telegram counts a text in its HTML parse mode: tags drop out, entities count as one. */
final class TelegramText {
  private TelegramText() {}

  /** The visible length in UTF-16 code units, as Telegram measures its limits. */
  static int visibleLength(String html) {
    int n = 0;
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i);
        i = close < 0 ? html.length() : close;
      } else if (c == '&') {
        int semi = html.indexOf(';', i);
        if (semi > i && semi - i <= 8) {
          i = semi;
        }
        n++;
      } else {
        n++;
      }
    }
    return n;
  }
}
