/** How the assistant addresses someone: the first word of their display name, or "there". */
export const firstName = (displayName: string): string => {
  const first = displayName.trim().split(/\s+/)[0] ?? '';
  return first.length > 0 && first.length <= 30 ? first : 'there';
};
