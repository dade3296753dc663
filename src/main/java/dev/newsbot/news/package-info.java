/**
 * Articles as the bot keeps them: what was found, summarised and stored, and the store's contract.
 */
package dev.newsbot.news;
