ALTER TABLE `dispatches` ADD `recipient_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `dispatches` ADD `acknowledged_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Written by hand below, as in 0002_unit_counts.sql: the counts follow the recipients table
-- through triggers, so every route that distributes or acknowledges keeps them right.
UPDATE `dispatches` SET
  `recipient_count` = (SELECT count(*) FROM `recipients` r WHERE r.`dispatch_id` = `dispatches`.`id`),
  `acknowledged_count` = (SELECT count(r.`acknowledged_at`) FROM `recipients` r WHERE r.`dispatch_id` = `dispatches`.`id`);
--> statement-breakpoint
CREATE TRIGGER `recipients_dispatch_count_insert` AFTER INSERT ON `recipients`
BEGIN
  UPDATE `dispatches`
  SET `recipient_count` = `recipient_count` + 1,
      `acknowledged_count` = `acknowledged_count` + (NEW.`acknowledged_at` IS NOT NULL)
  WHERE `id` = NEW.`dispatch_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `recipients_dispatch_count_ack` AFTER UPDATE OF `acknowledged_at` ON `recipients`
WHEN (OLD.`acknowledged_at` IS NULL) <> (NEW.`acknowledged_at` IS NULL)
BEGIN
  UPDATE `dispatches`
  SET `acknowledged_count` = `acknowledged_count` + (CASE WHEN NEW.`acknowledged_at` IS NULL THEN -1 ELSE 1 END)
  WHERE `id` = NEW.`dispatch_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `recipients_dispatch_count_move` AFTER UPDATE OF `dispatch_id` ON `recipients`
WHEN OLD.`dispatch_id` <> NEW.`dispatch_id`
BEGIN
  UPDATE `dispatches`
  SET `recipient_count` = `recipient_count` - 1,
      `acknowledged_count` = `acknowledged_count` - (OLD.`acknowledged_at` IS NOT NULL)
  WHERE `id` = OLD.`dispatch_id`;
  UPDATE `dispatches`
  SET `recipient_count` = `recipient_count` + 1,
      `acknowledged_count` = `acknowledged_count` + (NEW.`acknowledged_at` IS NOT NULL)
  WHERE `id` = NEW.`dispatch_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `recipients_dispatch_count_delete` AFTER DELETE ON `recipients`
BEGIN
  UPDATE `dispatches`
  SET `recipient_count` = `recipient_count` - 1,
      `acknowledged_count` = `acknowledged_count` - (OLD.`acknowledged_at` IS NOT NULL)
  WHERE `id` = OLD.`dispatch_id`;
END;
