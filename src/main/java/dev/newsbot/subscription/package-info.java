/** Who receives pushes: subscribing, unsubscribing and the chats that can no longer be reached. */
package dev.newsbot.subscription;
