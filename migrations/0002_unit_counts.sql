CREATE TABLE `unit_recipient_counts` (
	`unit_id` integer PRIMARY KEY NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`acknowledged` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Written by hand below: the counts follow the recipients table through triggers, so every
-- route that distributes or acknowledges keeps them right without knowing about them.
INSERT INTO `unit_recipient_counts` (`unit_id`, `total`, `acknowledged`)
SELECT `unit_id`, count(*), count(`acknowledged_at`) FROM `recipients` GROUP BY `unit_id`;
--> statement-breakpoint
CREATE TRIGGER `recipients_count_insert` AFTER INSERT ON `recipients`
BEGIN
  INSERT INTO `unit_recipient_counts` (`unit_id`, `total`, `acknowledged`)
  VALUES (NEW.`unit_id`, 1, NEW.`acknowledged_at` IS NOT NULL)
  ON CONFLICT (`unit_id`) DO UPDATE SET
    `total` = `total` + 1,
    `acknowledged` = `acknowledged` + (NEW.`acknowledged_at` IS NOT NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `recipients_count_ack` AFTER UPDATE OF `acknowledged_at` ON `recipients`
WHEN (OLD.`acknowledged_at` IS NULL) <> (NEW.`acknowledged_at` IS NULL)
BEGIN
  UPDATE `unit_recipient_counts`
  SET `acknowledged` = `acknowledged` + (CASE WHEN NEW.`acknowledged_at` IS NULL THEN -1 ELSE 1 END)
  WHERE `unit_id` = NEW.`unit_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `recipients_count_move` AFTER UPDATE OF `unit_id` ON `recipients`
WHEN OLD.`unit_id` <> NEW.`unit_id`
BEGIN
  UPDATE `unit_recipient_counts`
  SET `total` = `total` - 1, `acknowledged` = `acknowledged` - (OLD.`acknowledged_at` IS NOT NULL)
  WHERE `unit_id` = OLD.`unit_id`;
  INSERT INTO `unit_recipient_counts` (`unit_id`, `total`, `acknowledged`)
  VALUES (NEW.`unit_id`, 1, NEW.`acknowledged_at` IS NOT NULL)
  ON CONFLICT (`unit_id`) DO UPDATE SET
    `total` = `total` + 1,
    `acknowledged` = `acknowledged` + (NEW.`acknowledged_at` IS NOT NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `recipients_count_delete` AFTER DELETE ON `recipients`
BEGIN
  UPDATE `unit_recipient_counts`
  SET `total` = `total` - 1, `acknowledged` = `acknowledged` - (OLD.`acknowledged_at` IS NOT NULL)
  WHERE `unit_id` = OLD.`unit_id`;
END;
