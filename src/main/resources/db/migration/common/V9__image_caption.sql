-- The caption the page gives an article's lead image, shown under it when the article is read in
-- the chat. Empty for articles stored before, and for images the page gives no caption.
ALTER TABLE articles ADD COLUMN image_caption TEXT NOT NULL DEFAULT '';
