import type { ComponentChildren } from 'preact';

/**
 * The assistant's replies use a little Markdown: **bold** and line breaks. Drawn as elements,
 * never as HTML, so nothing in a message can inject markup.
 */
export function RichText({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        <span key={i} class="line">
          {bold(line)}
          {i < lines.length - 1 ? <br /> : null}
        </span>
      ))}
    </>
  );
}

function bold(line: string): ComponentChildren[] {
  const parts = line.split(/\*\*(.+?)\*\*/g);
  return parts.map((part, i) => (i % 2 === 1 ? <strong key={i}>{part}</strong> : part));
}
