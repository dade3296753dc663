package dev.newsbot.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/**
 * Logback's {@code %masked(...)}: what it wraps (message, thread, stack trace with its causes and
 * suppressed exceptions) comes out with {@link TokenMask} applied.
 */
public final class MaskingConverter extends CompositeConverter<ILoggingEvent> {
  @Override
  protected String transform(ILoggingEvent event, String in) {
    return TokenMask.mask(in);
  }
}
