// FAQ entries: questions written as headings, `Q:`/`A:` paragraphs, bold questions (`**C1. …?**`) or
// numbered/bulleted questions, each with its answer (below or nested) and its audience. Headings nested under a
// question heading are the structure of its answer ("#### Phase 1", "#### Short answer"), not questions, unless
// they ask something themselves; template guidance under a question ("> Describe…", "TODO") is not an answer.
import type { Html, List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import { contentSpan, endOf, enclosing, startOf, type ParseContext } from './context.js';
import { isGuidance, isPlaceholderAnswer } from './guidance.js';
import type { Audience, FaqEntry, FaqStyle, Section, Span } from './model.js';
import { FAQ_KINDS } from './sections.js';
import { countWords, hasWords, plainText, squash, stripInline } from './text.js';
import { ANSWER_MARKER, QUESTION_ID, QUESTION_MARKER, audienceFromId, looksLikeQuestion } from './vocabulary.js';

interface Part {
  start: number;
  end: number;
  text: string;
  /** Template guidance: written where the answer goes, but not an answer. */
  guidance: boolean;
}

interface OpenEntry {
  entry: FaqEntry;
  parts: Part[];
  /** A heading without `?` is a question only if no other question turns up inside it. */
  tentative: boolean;
  /** For a heading question: where its body ends. */
  bodyEnd: number;
}

function audienceOf(faqSection: Section | undefined, id: string | undefined, plainFaqIsExternal: boolean): Audience {
  if (faqSection?.kind === 'external-faq') return 'external';
  if (faqSection?.kind === 'internal-faq') return 'internal';
  const fromId = audienceFromId(id);
  if (fromId) return fromId;
  // "## FAQ" beside "## Internal FAQ" (and no External FAQ): the plain one is what customers ask.
  if (faqSection?.kind === 'faq' && plainFaqIsExternal) return 'external';
  return 'unknown';
}

// "1. How much…?", "2) Can I…": numbering in front of a question is not part of it.
const NUMBERING = /^\d{1,3}[.)][ \t]+(?=\S)/u;

/** Splits an id (`C1.`) or a number (`1.`) off the front of a question. */
function splitId(question: string): { id: string | undefined; text: string } {
  const match = QUESTION_ID.exec(question);
  if (match) return { id: match[1], text: question.slice(match[0].length) };
  const number = NUMBERING.exec(question);
  return { id: undefined, text: number ? question.slice(number[0].length) : question };
}

/** Asks something on its face: ends with `?`, or carries a `Q:` marker or a question id. */
function isClearQuestion(title: string): boolean {
  return /[?？]\s*$/u.test(title) || QUESTION_MARKER.test(title) || QUESTION_ID.test(title);
}

interface Line {
  start: number;
  end: number;
}

/** The source lines of `[start, end)`, without their line endings. */
function linesOf(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let lineStart = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      lines.push({ start: lineStart, end: i });
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      lineStart = i + 1;
    }
  }
  lines.push({ start: lineStart, end });
  return lines;
}

/** Trims whitespace and stray emphasis markers from both ends of `[start, end)`. */
function trimRange(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && /[\s*_]/u.test(text[a] as string)) a++;
  while (b > a && /[\s*_]/u.test(text[b - 1] as string)) b--;
  return [a, b];
}

export function extractFaq(ctx: ParseContext): FaqEntry[] {
  return new FaqReader(ctx).read();
}

/** Where an entry sits: the section holding it and the FAQ section around that. */
interface Place {
  section: number | undefined;
  faq: Section | undefined;
}

/** One pass over the top-level blocks; `current` is the entry whose answer is being collected. */
class FaqReader {
  private readonly entries: FaqEntry[] = [];
  private current: OpenEntry | undefined;
  /** Heading questions with no text of their own, answered by the questions nested under them. */
  private readonly groups: Array<{ entry: FaqEntry; bodyEnd: number }> = [];
  private readonly plainFaqIsExternal: boolean;

  constructor(private readonly ctx: ParseContext) {
    const kinds = new Set(ctx.sections.map((section) => section.kind));
    this.plainFaqIsExternal = kinds.has('internal-faq') && !kinds.has('external-faq');
  }

  read(): FaqEntry[] {
    const { blocks, headingOf, sectionOf, sections } = this.ctx;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i] as RootContent;
      const headingIndex = headingOf[i] as number;
      if (headingIndex >= 0) {
        this.heading(i, block, sections[headingIndex] as Section);
        continue;
      }
      const index = sectionOf[i] as number;
      const section = index >= 0 ? index : undefined;
      const place: Place = {
        section,
        faq: section === undefined ? undefined : enclosing(this.ctx, section, FAQ_KINDS),
      };
      if (block.type === 'html') this.html(block, place);
      else if (block.type === 'paragraph') this.paragraph(block, place);
      else if (!(block.type === 'list' && this.listMayAsk(place) && this.questionList(block, place)))
        this.addBlock(block);
    }
    this.close();
    return this.entries;
  }

  private heading(i: number, block: RootContent, section: Section): void {
    const faq = section.parent === undefined ? undefined : enclosing(this.ctx, section.parent, FAQ_KINDS);
    const title = section.title;
    const clear = isClearQuestion(title);
    const span = section.style === 'bold' ? section.heading : contentSpan(this.ctx, block);
    const parent = this.current;
    const nested = parent !== undefined && parent.entry.style === 'heading' && span.start.offset < parent.bodyEnd;
    // "#### Phase 1" under "### What is the plan?": the answer's structure, and part of the answer.
    if (faq && nested && !parent.tentative && !clear) {
      this.addPart(span.start.offset, span.end.offset, title, false);
      this.addInlineBody(i, block);
      return;
    }
    // "### About pricing" holding "#### How much does it cost?" was a topic, not a question.
    if (nested && parent.tentative && (clear || looksLikeQuestion(title))) this.current = undefined;
    this.close();
    if (nested && !parent.tentative && !parent.entry.answered && this.entries.at(-1) === parent.entry) {
      this.groups.push({ entry: parent.entry, bodyEnd: parent.bodyEnd });
    }
    if (!faq || FAQ_KINDS.has(section.kind)) return;
    // Known part names inside a FAQ ("Pricing" is not one) stay sections unless they ask something.
    if (!clear && section.kind !== 'unknown') return;
    const marker = QUESTION_MARKER.exec(title);
    this.open(
      marker ? title.slice(marker[0].length) : title,
      span,
      'heading',
      { section: section.parent, faq },
      {
        tentative: !clear && !looksLikeQuestion(title),
        bodyEnd: section.body.end.offset,
      },
    );
    this.addInlineBody(i, block);
  }

  /**
   * `<details><summary>Does it cost anything?</summary>` in a FAQ: the summary asks, and what follows up to
   * `</details>` (in the same HTML block or in the blocks after it) answers.
   */
  private html(block: Html, place: Place): void {
    const { text, locator } = this.ctx;
    const start = startOf(block);
    const source = text.slice(start, endOf(block));
    const summary = place.faq ? summaryQuestion(text, start, source) : undefined;
    if (summary) {
      this.open(summary.question, locator.span(summary.start, summary.end), 'details', place);
      const closing = DETAILS_END.exec(source.slice(summary.after - start));
      const answerEnd = closing ? summary.after + closing.index : endOf(block);
      this.addPart(summary.after, answerEnd, withoutTags(text.slice(summary.after, answerEnd)), false);
      if (closing) this.close();
      return;
    }
    if (this.current?.entry.style === 'details' && DETAILS_END.test(source)) this.close();
  }

  /** `**Answer:** text` on the heading's own line. */
  private addInlineBody(i: number, block: RootContent): void {
    const inline = this.ctx.inlineBody.get(i);
    const { text } = this.ctx;
    if (inline !== undefined) this.addPart(inline, endOf(block), stripInline(text.slice(inline, endOf(block))), false);
  }

  private paragraph(block: Paragraph, place: Place): void {
    const { text, locator } = this.ctx;
    // `Q:`/`A:` markers are unambiguous anywhere; other shapes only count inside a FAQ section.
    if (this.qaParagraph(block, place)) return;
    if (place.faq && boldQuestion(block)) {
      const strong = block.children[0] as Nodes;
      const [a, b] = trimRange(text, startOf(strong), endOf(strong));
      this.open(plainText(strong), locator.span(a, b), 'bold', place);
      const restStart = endOf(strong);
      if (endOf(block) > restStart)
        this.addPart(restStart, endOf(block), stripInline(text.slice(restStart, endOf(block))), false);
      return;
    }
    if (place.faq && plainQuestion(block, text)) {
      const [a, b] = trimRange(text, startOf(block), endOf(block));
      this.open(stripInline(text.slice(a, b)), locator.span(a, b), 'paragraph', place);
      return;
    }
    this.addBlock(block);
  }

  /** A list can hold questions in a FAQ, unless it is the answer of a question that has none yet. */
  private listMayAsk(place: Place): boolean {
    const current = this.current;
    return place.faq !== undefined && (!current || current.parts.length > 0 || current.tentative);
  }

  private open(question: string, span: Span, style: FaqStyle, place: Place, extra: Partial<OpenEntry> = {}): void {
    // A heading without `?` that holds other questions was a topic, not a question.
    if (this.current?.tentative && span.start.offset < this.current.bodyEnd) this.current = undefined;
    this.close();
    const { id, text: clean } = splitId(squash(question));
    this.current = {
      entry: {
        question: clean,
        answer: '',
        answered: false,
        audience: audienceOf(place.faq, id, this.plainFaqIsExternal),
        style,
        id,
        span,
        answerSpan: undefined,
        section: place.section,
      },
      parts: [],
      tentative: extra.tentative ?? false,
      bodyEnd: extra.bodyEnd ?? this.ctx.text.length,
    };
  }

  private close(): void {
    const current = this.current;
    if (!current) return;
    this.current = undefined;
    const { entry, parts, tentative } = current;
    const answer = squash(
      parts
        .filter((part) => !part.guidance)
        .map((part) => part.text)
        .join('\n'),
    );
    if (tentative && !hasWords(answer)) return;
    entry.answer = answer;
    entry.answered = hasWords(answer) && !isPlaceholderAnswer(answer);
    const first = parts[0];
    const last = parts.at(-1);
    if (first && last) entry.answerSpan = this.ctx.locator.span(first.start, last.end);
    this.entries.push(entry);
    if (!entry.answered) return;
    const at = entry.span.start.offset;
    for (const group of this.groups) {
      if (group.entry.span.start.offset < at && at < group.bodyEnd) group.entry.answered = true;
    }
  }

  private addPart(start: number, end: number, value: string, guidance: boolean): void {
    if (!this.current || end <= start) return;
    const [a, b] = trimRange(this.ctx.text, start, end);
    if (b <= a) return;
    this.current.parts.push({ start: a, end: b, text: value, guidance });
  }

  private addBlock(node: Nodes): void {
    if (!this.current) return;
    if (node.type === 'html' || node.type === 'definition' || node.type === 'thematicBreak') return;
    this.addPart(startOf(node), endOf(node), plainText(node), isGuidance(node));
  }

  /** `Q:` / `A:` lines inside one paragraph; returns false when the paragraph has no marker at all. */
  private qaParagraph(paragraph: Paragraph, place: Place): boolean {
    const { text, locator } = this.ctx;
    const end = endOf(paragraph);
    let mode: 'q' | 'a' | 'none' = 'none';
    let segmentStart = startOf(paragraph);
    const flush = (segmentEnd: number): void => {
      if (segmentEnd <= segmentStart) return;
      const value = stripInline(text.slice(segmentStart, segmentEnd));
      if (mode === 'q') {
        const [a, b] = trimRange(text, segmentStart, segmentEnd);
        this.open(value, locator.span(a, b), 'q-colon', place);
      } else this.addPart(segmentStart, segmentEnd, value, false);
    };
    for (const line of linesOf(text, segmentStart, end)) {
      const slice = text.slice(line.start, Math.min(line.end, line.start + 40));
      const marker = QUESTION_MARKER.exec(slice) ?? ANSWER_MARKER.exec(slice);
      if (!marker) continue;
      flush(line.start);
      mode = QUESTION_MARKER.test(slice) ? 'q' : 'a';
      segmentStart = line.start + marker[0].length;
      // `Q: How much does it cost? A: Nothing.` on one line: the question ends at its `?`, the answer follows its marker.
      const inline = mode === 'q' ? INLINE_ANSWER.exec(text.slice(segmentStart, line.end)) : null;
      if (inline) {
        flush(segmentStart + inline.index + 1);
        mode = 'a';
        segmentStart += inline.index + inline[0].length;
      }
    }
    if (mode === 'none') return false;
    flush(end);
    return true;
  }

  /** A list whose every item starts with a question: one entry per item, the rest of the item is its answer. */
  private questionList(list: List, place: Place): boolean {
    const { text, locator } = this.ctx;
    const items = list.children;
    const firstLines = items.map((item) => firstLine(item, text));
    if (
      items.length === 0 ||
      !firstLines.every((line) => line !== undefined && asksInLine(text.slice(line.start, line.end)))
    ) {
      return false;
    }
    const style: FaqStyle = list.ordered ? 'numbered' : 'list';
    items.forEach((item, index) => {
      const line = firstLines[index] as Line;
      const marker = QUESTION_MARKER.exec(text.slice(line.start, line.end));
      const [a, b] = trimRange(text, line.start + (marker ? marker[0].length : 0), line.end);
      this.open(stripInline(text.slice(a, b)), locator.span(a, b), style, place);
      // The rest of the item: the first paragraph after its first line, then every other child.
      const [head, ...rest] = item.children;
      if (head && head.type === 'paragraph' && endOf(head) > line.end) {
        const restText = stripInline(text.slice(line.end, endOf(head))).trimStart();
        const answerMarker = ANSWER_MARKER.exec(restText);
        this.addPart(line.end, endOf(head), answerMarker ? restText.slice(answerMarker[0].length) : restText, false);
      }
      for (const child of rest) this.addBlock(child);
    });
    return true;
  }
}

const SUMMARY = /<summary\b[^>]{0,200}>([^<]{0,500}(?:<(?!\/summary)[^<]{0,500}){0,20})<\/summary\s*>/iu;
const DETAILS_END = /<\/details\s*>/iu;

/**
 * The question of a `<summary>` in an HTML block starting at `start`: its text, its range in the document and where
 * the text after `</summary>` starts. `<summary>More detail</summary>` inside an answer folds part of the answer
 * away: only a summary that asks is a question.
 */
function summaryQuestion(
  text: string,
  start: number,
  source: string,
): { question: string; start: number; end: number; after: number } | undefined {
  const match = SUMMARY.exec(source);
  if (!match) return undefined;
  const inner = start + match.index + match[0].indexOf('>') + 1;
  const [a, b] = trimRange(text, inner, inner + (match[1] as string).length);
  const question = withoutTags(text.slice(a, b));
  if (!isClearQuestion(question) && !looksLikeQuestion(question)) return undefined;
  return { question, start: a, end: b, after: start + match.index + match[0].length };
}

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
  amp: '&',
};

/** The text of an HTML fragment: its tags dropped, its entities of everyday text decoded (in one pass). */
function withoutTags(html: string): string {
  return squash(
    html
      .replace(/<[^<>]{0,500}>/gu, ' ')
      .replace(/&(nbsp|lt|gt|quot|#39|apos|amp);/gu, (_, name: string) => ENTITIES[name] as string),
  );
}

/** `? A:` / `?** **Answer:**` after a question on its line: where an answer written on the same line starts. */
const INLINE_ANSWER = /[?？](?:\*\*|__)?[ \t]+(?:\*\*|__)?(?:A|Answer|ANSWER)[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*/u;

/** A list item's first line asks something: reads as a question or carries a `Q:` marker. */
function asksInLine(line: string): boolean {
  return looksLikeQuestion(stripInline(line)) || QUESTION_MARKER.test(line);
}

/** A one-line paragraph of at most 30 words ending in `?`: a question written as plain text. */
function plainQuestion(paragraph: Paragraph, text: string): boolean {
  const start = startOf(paragraph);
  const end = endOf(paragraph);
  if (end - start > 400) return false;
  const source = text.slice(start, end);
  if (/[\r\n]/u.test(source.trim())) return false;
  const value = squash(plainText(paragraph));
  return /[?？]$/u.test(value) && countWords(value) <= 30;
}

/** `**How much does it cost?**` or `**C1. Can I cancel**` opening a paragraph. */
function boldQuestion(paragraph: Paragraph): boolean {
  const first = paragraph.children[0];
  if (!first || first.type !== 'strong') return false;
  const value = squash(plainText(first));
  return /[?？]$/u.test(value) || QUESTION_ID.test(`${value} `);
}

/** The source range of a list item's first line of text. */
function firstLine(item: ListItem, text: string): Line | undefined {
  const head = item.children[0];
  if (!head || head.type !== 'paragraph' || !head.position) return undefined;
  const start = startOf(head);
  const end = endOf(head);
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13) return { start, end: k };
  }
  return { start, end };
}
