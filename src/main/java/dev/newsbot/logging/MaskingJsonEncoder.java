package dev.newsbot.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;

/**
 * Logback's JSON encoder (one object a line, for {@code NEWSBOT_LOG_FORMAT=json}) with bot tokens
 * masked in every field, the stack trace's included. A token has no character JSON escapes, so it
 * is masked in the encoded line as it is in text.
 */
public final class MaskingJsonEncoder extends JsonEncoder {
  public MaskingJsonEncoder() {
    setWithSequenceNumber(false);
    setWithNanoseconds(false);
    setWithContext(false);
    setWithArguments(false); // the formatted message has them; raw arguments may hold anything
    setWithMessage(false);
    setWithFormattedMessage(true);
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    String line = new String(super.encode(event), StandardCharsets.UTF_8);
    return TokenMask.mask(line).getBytes(StandardCharsets.UTF_8);
  }
}
