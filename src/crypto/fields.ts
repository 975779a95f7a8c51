/**
 * The associated data each encrypted column binds its values to (see cipher.ts). One place, so the
 * verb that writes a value and the export that reads it back cannot disagree: a ciphertext copied
 * into another user's row or another column fails to decrypt.
 */
export const fieldContext = {
  chatContent: (userId: string) => `chat_messages.content:${userId}`,
  checkInNote: (userId: string) => `check_ins.note:${userId}`,
  checkInMood: (userId: string) => `check_ins.mood:${userId}`,
  sessionNote: (sessionId: string, side: 'mentor' | 'user') => `mentor_sessions.${side}_notes:${sessionId}`,
  notificationTitle: (userId: string) => `notifications.title:${userId}`,
  notificationMessage: (userId: string) => `notifications.message:${userId}`,
  replyContext: (userId: string) => `chat_messages.context.sealed:${userId}`,
  mood: (userId: string, column: 'score' | 'feeling' | 'note') => `mood_entries.${column}:${userId}`,
} as const;
