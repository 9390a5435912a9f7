-- Written by hand: drizzle-kit cannot express expression indexes or FTS5 tables.

-- One row per document: the engine's key plus the issued date, a missing date counting as one value.
CREATE UNIQUE INDEX `dispatches_key_date_unique` ON `dispatches` (`key`, coalesce(`issued_date`, ''));
--> statement-breakpoint
-- Số đến runs through the year: one number per year.
CREATE UNIQUE INDEX `dispatches_received_unique` ON `dispatches` (substr(`received_date`, 1, 4), `received_number`);
--> statement-breakpoint
-- Full-text search over symbol, subject and issuing body. The worker stores the text folded
-- (lower case, no diacritics, đ→d: shared/references/fold.ts), so "bao ve" finds "bảo vệ"
-- and "Đà Nẵng" is found by "da nang"; rowid is the dispatch id.
CREATE VIRTUAL TABLE `dispatches_fts` USING fts5(`content`, tokenize = 'unicode61');
