const SCRIPT_BLOCK = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The code of a Vue or Svelte component's `<script>` blocks (`<script setup>`, Svelte's `<script module>`), at the same
 * offsets, lines and columns as in the file (everything else blanked), so that a component can be
 * parsed as a module of its own and its nodes still point into the file. `typescript` when a
 * block says `lang="ts"` (or `tsx`).
 */
export function extractComponentScript(text: string): { readonly code: string; readonly typescript: boolean } {
  const code = text.replace(/[^\n]/g, ' ').split('');
  let typescript = false;
  for (const match of text.matchAll(SCRIPT_BLOCK)) {
    if (/\blang\s*=\s*["']tsx?["']/.test(match[1]!)) typescript = true;
    const start = match.index! + match[0].indexOf('>') + 1;
    for (let at = 0; at < match[2]!.length; at++) code[start + at] = match[2]![at]!;
  }
  return { code: code.join(''), typescript };
}
