/**
 * JDBC: the SQLite data source, schema migrations, and the stores behind the domain's interfaces.
 */
package dev.newsbot.store;
