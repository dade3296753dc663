/**
 * Fetching over HTTP: the shared client's politeness (robots.txt, host gaps, body caps), and the
 * policies that decide which addresses a fetch may reach, for the operator's sources and for links
 * that chat users hand in.
 */
package dev.newsbot.fetch;
