import { readFileSync } from 'node:fs';

/**
 * Reads a JSON-with-comments file as TypeScript reads tsconfig.json: `//` and `/* *\/` comments
 * and trailing commas allowed. Undefined when the file cannot be read or parsed (TypeScript
 * then ignores it too, as far as module resolution goes).
 */
export function readJsonc(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(stripJsoncSyntax(text));
  } catch {
    return undefined;
  }
}

/** The text with comments blanked out and trailing commas removed, strings left intact. */
export function stripJsoncSyntax(text: string): string {
  let out = '';
  let pendingComma = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"') {
      const end = findStringEnd(text, index);
      out += pendingComma + text.slice(index, end);
      pendingComma = '';
      index = end - 1;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
      index--;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 1;
    } else if (char === ',') {
      out += pendingComma;
      pendingComma = ',';
    } else if (/\s/.test(char)) {
      if (pendingComma) pendingComma += char;
      else out += char;
    } else {
      // A comma directly before `}` or `]` is a trailing comma: drop it.
      out += (char === '}' || char === ']' ? pendingComma.replace(',', '') : pendingComma) + char;
      pendingComma = '';
    }
  }
  return out + pendingComma;
}

function findStringEnd(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === '"') return index + 1;
  }
  return text.length;
}
