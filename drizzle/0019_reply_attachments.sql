-- NightChill 0019: replies that keep their cards, and replies asked for again (issue 18, point 7).
--
-- attachments: a reply's place cards and guided exercise, sealed by the app like content
-- (AES-256-GCM bound to owner and column, `enc:v1:`; the CHECK refuses a plain value), so that
-- chat:sync, chat:history and GET /api/me/messages show them again after a reload. Before, they
-- reached only the sockets connected while the reply streamed (chat:tool). The proposal a reply
-- makes stays in its sealed context (its words may name a mentor: account erasure rewrites the
-- context, drizzle/0014); proposal_status says, in the clear, only what became of it: open until
-- the user's next turn decides it, then confirmed, declined or dropped (the user moved on).
-- Expiry is read from the proposal's time, never stored.
--
-- superseded_at / replaces: chat:regenerate answers the user's message again. The reply it
-- replaces is kept, marked superseded (the record stays whole: the export holds both, and a reply
-- whose turn wrote something is never regenerated), and left out of history, sync and the
-- assistant's memory; the new reply names it in `replaces`, so a device still showing it drops it.
-- The columns are NULL on every existing row: nothing to backfill. RLS and privileges are the
-- table's (drizzle/0005): a user reads and updates their own messages only.
ALTER TABLE "chat_messages" ADD COLUMN "attachments" text;--> statement-breakpoint
ALTER TABLE "chat_messages" ADD COLUMN "proposal_status" varchar(20);--> statement-breakpoint
ALTER TABLE "chat_messages" ADD COLUMN "superseded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "chat_messages" ADD COLUMN "replaces" uuid;--> statement-breakpoint
ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_attachments_check" CHECK ("attachments" LIKE 'enc:v1:%');--> statement-breakpoint
ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_proposal_status_check" CHECK ("proposal_status" IN ('open', 'confirmed', 'declined', 'dropped'));