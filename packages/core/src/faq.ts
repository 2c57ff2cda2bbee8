// FAQ entries: questions written as headings, `Q:`/`A:` paragraphs, bold questions (`**C1. …?**`) or
// numbered/bulleted questions, each with its answer (below or nested) and its audience.
import type { List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import { contentSpan, endOf, enclosing, startOf, type ParseContext } from './context.js';
import type { Audience, FaqEntry, FaqStyle, Section, SectionKind, Span } from './model.js';
import { countWords, hasWords, plainText, squash, stripInline } from './text.js';
import {
  ANSWER_MARKER,
  QUESTION_ID,
  QUESTION_MARKER,
  audienceFromId,
  isPlaceholderAnswer,
  looksLikeQuestion,
} from './vocabulary.js';

export const FAQ_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['faq', 'external-faq', 'internal-faq']);

interface Part {
  start: number;
  end: number;
  text: string;
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

/** Splits an id (`C1.`) off the front of a question. */
function splitId(question: string): { id: string | undefined; text: string } {
  const match = QUESTION_ID.exec(question);
  if (!match) return { id: undefined, text: question };
  return { id: match[1], text: question.slice(match[0].length) };
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
  const { text, blocks, locator } = ctx;
  const entries: FaqEntry[] = [];
  let current: OpenEntry | undefined;
  const plainFaqIsExternal =
    ctx.sections.some((section) => section.kind === 'internal-faq') && !ctx.sections.some((section) => section.kind === 'external-faq');

  const close = (): void => {
    if (!current) return;
    const { entry, parts, tentative } = current;
    current = undefined;
    const answer = squash(parts.map((part) => part.text).join('\n'));
    if (tentative && !hasWords(answer)) return;
    entry.answer = answer;
    entry.answered = hasWords(answer) && !isPlaceholderAnswer(answer);
    if (parts.length > 0) entry.answerSpan = locator.span((parts[0] as Part).start, (parts[parts.length - 1] as Part).end);
    entries.push(entry);
  };

  const open = (question: string, span: Span, style: FaqStyle, sectionIndex: number | undefined, faqSection: Section | undefined, extra: Partial<OpenEntry> = {}): void => {
    // A heading without `?` that holds other questions was a topic, not a question.
    if (current?.tentative && span.start.offset < current.bodyEnd) current = undefined;
    close();
    const { id, text: clean } = splitId(squash(question));
    current = {
      entry: {
        question: clean,
        answer: '',
        answered: false,
        audience: audienceOf(faqSection, id, plainFaqIsExternal),
        style,
        id,
        span,
        answerSpan: undefined,
        section: sectionIndex,
      },
      parts: [],
      tentative: extra.tentative ?? false,
      bodyEnd: extra.bodyEnd ?? text.length,
    };
  };

  const addPart = (start: number, end: number, value: string): void => {
    if (!current || end <= start) return;
    const [a, b] = trimRange(text, start, end);
    if (b <= a) return;
    current.parts.push({ start: a, end: b, text: value });
  };

  const addBlock = (node: Nodes): void => {
    if (!current) return;
    if (node.type === 'html' || node.type === 'definition' || node.type === 'thematicBreak') return;
    addPart(startOf(node), endOf(node), plainText(node));
  };

  /** `Q:` / `A:` lines inside one paragraph; returns false when the paragraph has no marker at all. */
  const qaParagraph = (paragraph: Paragraph, sectionIndex: number | undefined, faqSection: Section | undefined): boolean => {
    const start = startOf(paragraph);
    const end = endOf(paragraph);
    const lines = linesOf(text, start, end);
    let found = false;
    let mode: 'q' | 'a' | 'none' = 'none';
    let segmentStart = start;
    const flush = (segmentEnd: number): void => {
      if (segmentEnd <= segmentStart) return;
      const value = stripInline(text.slice(segmentStart, segmentEnd));
      if (mode === 'q') {
        const [a, b] = trimRange(text, segmentStart, segmentEnd);
        open(value, locator.span(a, b), 'q-colon', sectionIndex, faqSection);
      } else addPart(segmentStart, segmentEnd, value);
    };
    for (const line of lines) {
      const slice = text.slice(line.start, Math.min(line.end, line.start + 40));
      const q = QUESTION_MARKER.exec(slice);
      const a = q ? null : ANSWER_MARKER.exec(slice);
      if (!q && !a) continue;
      found = true;
      flush(line.start);
      mode = q ? 'q' : 'a';
      segmentStart = line.start + (q ?? a)![0].length;
    }
    if (!found) return false;
    flush(end);
    return true;
  };

  /** A list whose every item starts with a question: one entry per item, the rest of the item is its answer. */
  const questionList = (list: List, sectionIndex: number | undefined, faqSection: Section | undefined): boolean => {
    const items = list.children;
    if (items.length === 0) return false;
    const firstLines = items.map((item) => firstLine(item, text));
    if (!firstLines.every((line) => line !== undefined && (looksLikeQuestion(stripInline(text.slice(line.start, line.end))) || QUESTION_MARKER.test(text.slice(line.start, line.end))))) {
      return false;
    }
    const style: FaqStyle = list.ordered ? 'numbered' : 'list';
    items.forEach((item, index) => {
      const line = firstLines[index] as Line;
      const raw = text.slice(line.start, line.end);
      const marker = QUESTION_MARKER.exec(raw);
      const [a, b] = trimRange(text, line.start + (marker ? marker[0].length : 0), line.end);
      open(stripInline(text.slice(a, b)), locator.span(a, b), style, sectionIndex, faqSection);
      // The rest of the item: the first paragraph after its first line, then every other child.
      const rest = item.children;
      const head = rest[0];
      if (head && head.type === 'paragraph' && endOf(head) > line.end) {
        const restStart = line.end;
        const restText = stripInline(text.slice(restStart, endOf(head)));
        const answerMarker = ANSWER_MARKER.exec(restText.trimStart());
        addPart(restStart, endOf(head), answerMarker ? restText.trimStart().slice(answerMarker[0].length) : restText);
      }
      for (const child of rest.slice(1)) addBlock(child);
    });
    return true;
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as RootContent;
    const headingIndex = ctx.headingOf[i] as number;
    if (headingIndex >= 0) {
      const section = ctx.sections[headingIndex] as Section;
      close();
      const faqSection = section.parent === undefined ? undefined : enclosing(ctx, section.parent, FAQ_KINDS);
      if (!faqSection || FAQ_KINDS.has(section.kind)) continue;
      const title = section.title;
      const isQuestion = /[?？]\s*$/u.test(title) || QUESTION_MARKER.test(title) || QUESTION_ID.test(title);
      // Known part names inside a FAQ ("Pricing" is not one) stay sections unless they ask something.
      if (!isQuestion && section.kind !== 'unknown') continue;
      const marker = QUESTION_MARKER.exec(title);
      const span = section.style === 'bold' ? section.heading : contentSpan(ctx, block);
      open(marker ? title.slice(marker[0].length) : title, span, 'heading', section.parent, faqSection, {
        tentative: !isQuestion && !looksLikeQuestion(title),
        bodyEnd: section.body.end.offset,
      });
      const inline = ctx.inlineBody.get(i);
      if (inline !== undefined) addPart(inline, endOf(block), stripInline(text.slice(inline, endOf(block))));
      continue;
    }
    const sectionIndex = (ctx.sectionOf[i] as number) >= 0 ? (ctx.sectionOf[i] as number) : undefined;
    const faqSection = sectionIndex === undefined ? undefined : enclosing(ctx, sectionIndex, FAQ_KINDS);
    if (block.type === 'paragraph') {
      // `Q:`/`A:` markers are unambiguous anywhere; other shapes only count inside a FAQ section.
      if (qaParagraph(block, sectionIndex, faqSection)) continue;
      if (faqSection && boldQuestion(block)) {
        const strong = block.children[0] as Nodes;
        const [a, b] = trimRange(text, startOf(strong), endOf(strong));
        open(plainText(strong), locator.span(a, b), 'bold', sectionIndex, faqSection);
        const restStart = endOf(strong);
        if (endOf(block) > restStart) addPart(restStart, endOf(block), stripInline(text.slice(restStart, endOf(block))));
        continue;
      }
      if (faqSection && plainQuestion(block, text)) {
        const [a, b] = trimRange(text, startOf(block), endOf(block));
        open(stripInline(text.slice(a, b)), locator.span(a, b), 'paragraph', sectionIndex, faqSection);
        continue;
      }
      addBlock(block);
      continue;
    }
    if (block.type === 'list' && faqSection && (!current || current.parts.length > 0 || current.tentative)) {
      if (questionList(block, sectionIndex, faqSection)) continue;
    }
    addBlock(block);
  }
  close();
  return entries;
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
