package dev.newsbot.store;

import dev.newsbot.news.ShownLists;
import dev.newsbot.subscription.ChatId;
import java.util.ArrayList;
import java.util.List;

/** The lists chats were shown last, in SQL. */
public final class SqlChatLists implements ShownLists {
  private final Database db;

  public SqlChatLists(Database db) {
    this.db = db;
  }

  @Override
  public void save(ChatId chat, List<Long> articleIds) {
    db.transaction(
        c -> {
          Sql.update(c, "DELETE FROM chat_lists WHERE chat_id = ?", chat.value());
          List<Object[]> rows = new ArrayList<>();
          for (int i = 0; i < articleIds.size(); i++) {
            rows.add(new Object[] {chat.value(), i + 1, articleIds.get(i)});
          }
          Sql.batch(
              c, "INSERT INTO chat_lists (chat_id, position, article_id) VALUES (?, ?, ?)", rows);
          return null;
        });
  }

  @Override
  public List<Long> of(ChatId chat) {
    return db.statement(
        c ->
            Sql.query(
                c,
                "SELECT article_id FROM chat_lists WHERE chat_id = ? ORDER BY position",
                rs -> rs.getLong(1),
                chat.value()));
  }
}
