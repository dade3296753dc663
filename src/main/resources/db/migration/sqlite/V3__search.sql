-- Full-text search over articles with SQLite's FTS5 (PostgreSQL gets its own V3 with tsvector).
-- The index holds no copy of the text: it reads the articles table, kept in step by triggers.

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, summary, body,
  content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);

INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, summary, body)
  VALUES (new.id, new.title, new.summary, new.body);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, summary, body)
  VALUES ('delete', old.id, old.title, old.summary, old.body);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, summary, body)
  VALUES ('delete', old.id, old.title, old.summary, old.body);
  INSERT INTO articles_fts (rowid, title, summary, body)
  VALUES (new.id, new.title, new.summary, new.body);
END;
