-- NightChill 0021: moving a booked session (issue 16, this round's point 1).
--
-- The person who booked a session may move it to another time (moveSession in
-- src/domain/mentor-sessions/move-session.ts): the app role may now write its start, and clear the
-- claim of its reminder so the reminder sweep sends it again before the new time. Who may move
-- which session is the domain's rule (only the booker, only a scheduled future session); the
-- exclusion constraints keep refusing an overlap on UPDATE as on INSERT.
GRANT UPDATE (scheduled_at, reminder_sent_at) ON mentor_sessions TO nightchill_app;
