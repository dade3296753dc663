package dev.newsbot.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Tells the send limiter when a paced send starts going on the wire. Telegram counts a message when
 * it arrives, so the limiter's window counts it from then rather than from the moment it gave the
 * slot: the first send of a burst may wait tens of milliseconds for a connection or for code the
 * JVM has not compiled yet, and would otherwise arrive inside the next window.
 *
 * <p>TelegramBots runs each call on OkHttp's threads, so a call does not say which slot it fills;
 * the limiter takes it for its oldest send not yet gone out, which went out no later.
 */
final class WireStamps implements EventListener.Factory {
  /**
   * The methods {@link TelegramMessenger#send} uses, each paced by the limiter, as TelegramBots
   * writes them in the path.
   */
  private static final Set<String> PACED = Set.of("sendmessage", "sendphoto", "editmessagetext");

  private final Runnable onWire;

  /**
   * @param onWire told that a paced send's request headers are being written now
   */
  WireStamps(Runnable onWire) {
    this.onWire = onWire;
  }

  @Override
  public EventListener create(Call call) {
    List<String> path = call.request().url().pathSegments();
    if (!PACED.contains(path.get(path.size() - 1).toLowerCase(Locale.ROOT))) {
      return EventListener.NONE;
    }
    return new EventListener() {
      private boolean stamped;

      @Override
      public void requestHeadersStart(Call c) {
        if (!stamped) { // OkHttp may try again on another connection: still one send
          stamped = true;
          onWire.run();
        }
      }
    };
  }
}
