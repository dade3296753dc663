package dev.newsbot.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TokenMaskTest {
  /** Shaped like a real token: a bot id, a colon, 35 characters. */
  /** Shaped like BotFather's tokens, but made up (and not written out whole in the source). */
  private static final String REAL_SHAPE =
      "7012345678" + ":" + "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_";

  @Test
  void masksTheTokenInABotApiUrl() {
    assertEquals(
        "POST http://127.0.0.1:8081/bot<token>/sendmessage failed",
        TokenMask.mask(
            "POST http://127.0.0.1:8081/bot4242:fake-token-for-tests/sendmessage failed"));
  }

  @Test
  void masksTheTokenInAFileDownloadUrlAndATestServerUrl() {
    assertEquals(
        "/file/bot<token>/photos/1.jpg /bot<token>/test/getme",
        TokenMask.mask("/file/bot42:abc/photos/1.jpg /bot42:abc/test/getme"));
  }

  @Test
  void masksAPercentEncodedColon() {
    assertEquals(
        "url=https%3A%2F%2Fapi.telegram.org%2Fbot<token>%2Fgetme",
        TokenMask.mask("url=https%3A%2F%2Fapi.telegram.org%2Fbot42%3Aabc-def%2Fgetme"));
  }

  @Test
  void masksATokenOnItsOwn() {
    assertEquals(
        "BotSession(botToken=<token>, running=true)",
        TokenMask.mask("BotSession(botToken=" + REAL_SHAPE + ", running=true)"));
    assertEquals("<token>", TokenMask.mask(REAL_SHAPE));
  }

  @Test
  void leavesTimesPortsAndAddressesAlone() {
    String text =
        "2026-12-02 02:52:51.998 connect to /127.0.0.1:46461 at [::1]:8080, line 12:4, bot: ok";
    assertEquals(text, TokenMask.mask(text));
  }

  @Test
  void leavesNullAsNull() {
    assertNull(TokenMask.mask(null));
  }
}
