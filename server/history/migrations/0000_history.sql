CREATE TABLE `capability_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` text NOT NULL,
	`server_id` text NOT NULL,
	`observed_at` integer NOT NULL,
	`tools_added` text NOT NULL,
	`tools_removed` text NOT NULL,
	`prompts_added` text NOT NULL,
	`prompts_removed` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `capability_changes_by_server` ON `capability_changes` (`account_id`,`server_id`,`observed_at`);--> statement-breakpoint
CREATE TABLE `server_capabilities` (
	`account_id` text NOT NULL,
	`server_id` text NOT NULL,
	`tools` text NOT NULL,
	`prompts` text NOT NULL,
	`observed_at` integer NOT NULL,
	PRIMARY KEY(`account_id`, `server_id`)
);
--> statement-breakpoint
CREATE TABLE `status_spans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` text NOT NULL,
	`portal_id` text NOT NULL,
	`server_id` text NOT NULL,
	`status` text,
	`authentication_status` text,
	`error` text,
	`error_details` text,
	`last_synced` text,
	`last_successful_sync` text,
	`started_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`ended_at` integer
);
--> statement-breakpoint
CREATE INDEX `status_spans_by_portal` ON `status_spans` (`account_id`,`portal_id`,`ended_at`);--> statement-breakpoint
CREATE INDEX `status_spans_by_server` ON `status_spans` (`account_id`,`server_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `sweeps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer NOT NULL,
	`requests` integer NOT NULL,
	`portals` integer NOT NULL,
	`servers` integer NOT NULL,
	`outcome` text NOT NULL,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `sweeps_by_time` ON `sweeps` (`account_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `sync_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` text NOT NULL,
	`server_id` text NOT NULL,
	`started_at` integer NOT NULL,
	`duration_ms` integer NOT NULL,
	`trigger` text NOT NULL,
	`outcome` text NOT NULL,
	`status` text,
	`http_status` integer NOT NULL,
	`error` text,
	`actor` text
);
--> statement-breakpoint
CREATE INDEX `sync_records_by_server` ON `sync_records` (`account_id`,`server_id`,`started_at`);