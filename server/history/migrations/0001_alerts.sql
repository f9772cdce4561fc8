CREATE TABLE `alert_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` text NOT NULL,
	`account_id` text NOT NULL,
	`target` text NOT NULL,
	`target_key` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer NOT NULL,
	`created_at` integer NOT NULL,
	`next_attempt_at` integer,
	`last_attempt_at` integer,
	`delivered_at` integer,
	`last_error` text
);
--> statement-breakpoint
CREATE INDEX `alert_deliveries_due` ON `alert_deliveries` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `alert_deliveries_by_event` ON `alert_deliveries` (`event_id`);--> statement-breakpoint
CREATE TABLE `alert_events` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`server_id` text,
	`kind` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`body` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `alert_events_by_time` ON `alert_events` (`account_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `alert_events_by_server` ON `alert_events` (`account_id`,`server_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `alert_server_states` (
	`account_id` text NOT NULL,
	`server_id` text NOT NULL,
	`announced` text,
	`pending` text,
	`pending_sweeps` integer NOT NULL,
	`tools` text,
	`prompts` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`account_id`, `server_id`)
);
