DROP INDEX `recipients_unit_ack_idx`;--> statement-breakpoint
CREATE INDEX `recipients_unit_ack_dispatch_idx` ON `recipients` (`unit_id`,`acknowledged_at`,`dispatch_id`);