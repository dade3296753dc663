/**
 * Loads the bot's configuration once: built-in defaults, then the YAML file, then the environment.
 */
package dev.newsbot.config;
