// Template guidance: the text a template leaves under a question for its author ("> Describe the customer…",
// "*Explain the pricing.*", "[Add the estimate here]", "TODO: …"). It sits where an answer goes but is not one.
import type { Nodes, Paragraph } from 'mdast';
import { plainText, squash } from './text.js';

// An instruction to the author opens with an imperative: "Describe…", "List the…", "Fill in…", "Replace this…".
const INSTRUCTION =
  /^(?:describe|explain|list|write|add|include|summari[sz]e|state|provide|replace|fill in|tell (?:us|the reader)|give|outline|identify|define|specify|enter|insert|delete|remove|use this (?:section|space)|this section|in this section|answer (?:the|this|here))\b/iu;
// "Guidance: …", "Instructions: …", "Tip: …" labels a template's own note.
const LABEL = /^(?:guidance|guide|instructions?|hints?|tips?|template|note to (?:the )?authors?|author note)\s*[:：]/iu;
// A whole block that is a bracketed instruction: "[Add the sizing estimate here]", "<answer>". A template
// variable (`{{evidence}}`) is left to no-placeholders, which names it: reporting it twice would be noise.
const BRACKETED = /^(?:\[[^\]]*\]|<[^<>]*>)[.!]?$/u;
// "TODO: confirm the date", "TBD - pricing", "TODO", "?", "…": an answer still to be written.
const STILL_TO_WRITE =
  /^(?:(?:tbd|tbc|todo|to ?do|tk|fixme|xxx)\b(?:\s*[:\-–—(].*)?|n\/?a yet|\?+|…|\.\.\.|to be (?:decided|determined|written|confirmed|answered)|coming soon|answer (?:here|goes here|tbd))[.!:]?$/isu;

/** True when `text` is an answer still to be written (`TBD`, `TODO: …`, `?`, `…`). */
export function isPlaceholderAnswer(text: string): boolean {
  return STILL_TO_WRITE.test(text.trim());
}

function isInstruction(text: string): boolean {
  return INSTRUCTION.test(text) || LABEL.test(text);
}

/** Only emphasis (`*Describe the pricing model.*`), whitespace between. */
function onlyEmphasis(paragraph: Paragraph): boolean {
  let emphasis = false;
  for (const child of paragraph.children) {
    if (child.type === 'emphasis') emphasis = true;
    else if (!(child.type === 'text' && child.value.trim() === '') && child.type !== 'break') return false;
  }
  return emphasis;
}

/**
 * True when a block under a question is template guidance rather than an answer: an instruction quoted
 * (`> Describe…`) or in italics, a bracketed placeholder, or a `TODO`. A quote that is not an instruction
 * (`> "If the permits slip…" (Operations)`) is content.
 */
export function isGuidance(block: Nodes): boolean {
  if (block.type === 'html') return true;
  if (block.type !== 'paragraph' && block.type !== 'blockquote') return false;
  const text = squash(plainText(block));
  if (text === '') return false;
  if (isPlaceholderAnswer(text) || BRACKETED.test(text)) return true;
  if (block.type === 'blockquote') return isInstruction(text);
  return onlyEmphasis(block) && (isInstruction(text) || /[?？]$/u.test(text));
}
