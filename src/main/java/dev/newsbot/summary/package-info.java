/** Short summaries of articles for pushes and /summary. */
package dev.newsbot.summary;
