// One test per recognition variant: documents written by others, each asserting the structure prfaq recognised.
import { describe, expect, it } from 'vitest';
import { parse } from '@prfaq/core';
import { at, fixture } from './helpers.js';

const kinds = (text: string) => parse(text).sections.map((s) => s.kind);

describe('loose style: metadata bullets, bold pseudo-headings, Q:/A: paragraphs', () => {
  const doc = parse(fixture('loose.md'));

  it('reads metadata bullets when there is no frontmatter', () => {
    expect(doc.frontmatter.present).toBe(false);
    expect(doc.meta.owner).toMatchObject({ value: 'Priya Raman', source: 'bullet' });
    expect(at(doc, doc.meta.owner?.span)).toBe('Priya Raman');
    expect(doc.meta.status?.value).toBe('Draft');
    expect(doc.status).toBe('draft');
    expect(doc.meta['last updated']?.value).toBe('2026-11-02');
  });

  it('turns bold lines standing alone into sections one level below the H1', () => {
    expect(doc.sections.map((s) => [s.kind, s.style, s.level, s.title])).toEqual([
      ['unknown', 'atx', 1, 'Shared Carts — PR/FAQ'],
      ['headline', 'bold', 2, 'Headline'],
      ['subheading', 'bold', 2, 'Subheading'],
      ['problem', 'bold', 2, 'Problem'],
      ['solution', 'bold', 2, 'Solution'],
      ['external-faq', 'bold', 2, 'Customer FAQ'],
      ['internal-faq', 'bold', 2, 'Internal FAQ'],
    ]);
    expect(at(doc, doc.sections[3]!.heading)).toBe('**Problem:**');
  });

  it('takes the headline from `**Headline:** text` on one line', () => {
    expect(doc.headline).toMatchObject({
      text: 'Acme lets households build one shopping cart together',
      source: 'section',
    });
    expect(at(doc, doc.headline?.span)).toBe('Acme lets households build one shopping cart together');
    expect(at(doc, doc.sections[1]!.body).trim()).toBe('Acme lets households build one shopping cart together');
  });

  it('reads **Q:**/**A:**, Q:/A: and Q. paragraphs, with the audience of the bold section', () => {
    expect(doc.faq.map((e) => [e.question, e.audience, e.answered, e.style])).toEqual([
      ['Can I remove something my partner added?', 'external', true, 'q-colon'],
      ['Who pays?', 'external', true, 'q-colon'],
      ['Does it work with subscriptions?', 'external', false, 'q-colon'],
      ['How many households share a cart today?', 'internal', true, 'q-colon'],
    ]);
    expect(doc.faq[0]!.answer).toBe(
      "Yes. Anyone in the cart can remove any item, and the item's owner gets a notification.",
    );
    expect(at(doc, doc.faq[0]!.answerSpan)).toBe(
      "Yes. Anyone in the cart can remove any item, and the item's owner gets a notification.",
    );
    expect(at(doc, doc.faq[3]!.span)).toBe('How many households share a cart today?');
  });
});

describe('a question and its answer on one line', () => {
  it('splits `Q: …? A: …` and `**Q: …?** A: …` at the answer marker', () => {
    const doc = parse(
      '# Acme launches X\n\n## FAQ\n\nQ: How much does it cost? A: Nothing, it is free.\n\n**Q: Is there a trial?** **A:** Yes, 30 days.\n\nQ: Why? Because A: is a grade.\n',
    );
    expect(doc.faq.map((e) => [e.question, e.answer, e.answered])).toEqual([
      ['How much does it cost?', 'Nothing, it is free.', true],
      ['Is there a trial?', 'Yes, 30 days.', true],
      ['Why? Because A: is a grade.', '', false],
    ]);
    expect(at(doc, doc.faq[0]!.span)).toBe('How much does it cost?');
    expect(at(doc, doc.faq[0]!.answerSpan)).toBe('Nothing, it is free.');
  });
});

describe('objections in FAQ answers', () => {
  const doc = parse(
    [
      '# Acme launches Feeder',
      '',
      '## Internal FAQ',
      '',
      '### Are there any open issues?',
      '',
      '- Attachments are not kept offline.',
      '- The web client lacks the conflict view.',
      '',
      '### Why not partner with Chewy instead?',
      '',
      'Chewy charges 3x more per unit; building is cheaper.',
      '',
      '### Why not do this?',
      '',
      'Support cannot size the new tickets yet.',
      '',
    ].join('\n'),
  );

  it('records a listed answer once per item, not again as a whole', () => {
    expect(doc.objections.map((o) => o.objection)).toEqual([
      'Attachments are not kept offline.',
      'The web client lacks the conflict view.',
      'Support cannot size the new tickets yet.',
    ]);
  });
});

describe('audience headings at the level of their questions', () => {
  const doc = parse(
    [
      '# Acme launches Feeder',
      '',
      '## FAQ',
      '',
      '### Customer FAQ',
      '',
      '### Does it cost anything?',
      '',
      'No.',
      '',
      '### Internal FAQ',
      '',
      '### What does it cost us?',
      '',
      '$1M a year.',
      '',
      '### Pricing notes',
      '',
      'Not a question, so the Internal FAQ ends above it.',
      '',
    ].join('\n'),
  );

  it('gives the questions that follow an audience heading its audience, and the heading its questions', () => {
    expect(doc.faq.map((e) => [e.question, e.audience])).toEqual([
      ['Does it cost anything?', 'external'],
      ['What does it cost us?', 'internal'],
      // A heading with text under it is a question of the FAQ, but not one the Internal FAQ holds.
      ['Pricing notes', 'unknown'],
    ]);
    const titles = doc.sections.map((s) => s.title);
    const parentOf = (title: string) => doc.sections[doc.sections[titles.indexOf(title)]!.parent!]!.title;
    expect(parentOf('Does it cost anything?')).toBe('Customer FAQ');
    expect(parentOf('What does it cost us?')).toBe('Internal FAQ');
    expect(parentOf('Pricing notes')).toBe('FAQ');
    expect(
      doc.sections.filter((s) => s.kind === 'external-faq' || s.kind === 'internal-faq').map((s) => s.empty),
    ).toEqual([false, false]);
  });
});

describe('an objections section written as a plain list', () => {
  const doc = parse(
    [
      '# Acme launches Feeder',
      '',
      '## Objections',
      '',
      '- **Legal (Jane Dupont)**: allergen labelling creates liability — open',
      '- Finance: margin is lower (open, owner: Anne Roux)',
      '- Brand — "for two" feels exclusionary. Status: deferred',
      '- Support: more tickets at launch, accepted',
      '- Ops: the warehouse cannot staff weekends — high',
      '',
    ].join('\n'),
  );

  it('reads the status and owner an item states at its end, and keeps the rest as the objection', () => {
    expect(doc.objections.map((o) => [o.source, o.stakeholder, o.objection, o.rawStatus, o.status, o.owner])).toEqual([
      ['list', 'Legal (Jane Dupont)', 'allergen labelling creates liability', 'open', 'open', undefined],
      ['list', 'Finance', 'margin is lower', 'open', 'open', 'Anne Roux'],
      ['list', 'Brand', '"for two" feels exclusionary.', 'deferred', 'deferred', undefined],
      ['list', 'Support', 'more tickets at launch', 'accepted', 'accepted', undefined],
      // "high" is not a status: a concern written as prose, with no status.
      ['faq', 'Ops', 'the warehouse cannot staff weekends — high', undefined, undefined, undefined],
    ]);
  });
});

describe('topic groups named for who asks', () => {
  it('makes `### Customers` and `### Internal` under a plain FAQ the audiences of their questions', () => {
    const doc = parse(
      '# Acme launches Feeder\n\n## FAQ\n\n### Customers\n\n#### Does it cost anything?\n\nNo.\n\n### Internal\n\n#### What does it cost us?\n\n$1M.\n\n## Internal FAQ\n\n### Customers\n\n#### Who pays for support?\n\nWe do.\n',
    );
    expect(doc.sections.map((s) => [s.title, s.kind])).toEqual([
      ['Acme launches Feeder', 'headline'],
      ['FAQ', 'faq'],
      ['Customers', 'external-faq'],
      ['Does it cost anything?', 'unknown'],
      ['Internal', 'internal-faq'],
      ['What does it cost us?', 'unknown'],
      ['Internal FAQ', 'internal-faq'],
      // Under an Internal FAQ, "Customers" is a topic, not an audience.
      ['Customers', 'unknown'],
      ['Who pays for support?', 'unknown'],
    ]);
    expect(doc.faq.map((e) => e.audience)).toEqual(['external', 'internal', 'internal']);
  });
});

describe('questions folded in <details>', () => {
  const doc = parse(
    [
      '# Acme launches Bumpbot',
      '',
      '## FAQ',
      '',
      '<details>',
      '<summary>Does Bumpbot merge major versions?</summary>',
      '',
      'No. Major versions always wait for a human review.',
      '',
      '</details>',
      '',
      '<details><summary><b>Why should we not do this?</b></summary>',
      'It adds noise &amp; reviews.</details>',
      '',
      '### How does it pick a reviewer?',
      '',
      'From CODEOWNERS.',
      '',
      '<details><summary>More detail</summary>',
      '',
      'Round robin among the owners.',
      '',
      '</details>',
      '',
      'After the fold.',
      '',
    ].join('\n'),
  );

  it('reads the summary as the question and what follows up to </details> as its answer', () => {
    expect(doc.faq.map((e) => [e.question, e.style, e.answer])).toEqual([
      ['Does Bumpbot merge major versions?', 'details', 'No. Major versions always wait for a human review.'],
      ['Why should we not do this?', 'details', 'It adds noise & reviews.'],
      // A summary that does not ask folds part of an answer away.
      ['How does it pick a reviewer?', 'heading', 'From CODEOWNERS. Round robin among the owners. After the fold.'],
    ]);
    expect(at(doc, doc.faq[0]!.span)).toBe('Does Bumpbot merge major versions?');
    expect(doc.objections.map((o) => o.objection)).toEqual(['It adds noise & reviews.']);
  });
});

describe('run-in bold labels', () => {
  const doc = parse(
    [
      '# Acme Returns',
      '',
      '**Problem.** Sellers lose repeat customers while refunds wait.',
      '',
      '**Solution** — A seller approves the refund at drop-off.',
      '',
      '**Risks** - fraud may rise.',
      '',
      '**Important.** Not a part of the document.',
      '',
      '## FAQ',
      '',
      '**Q1. How fast is the refund?**',
      '',
      'A: Within one day.',
      '',
      '**Risks:** fraud may rise; we review weekly.',
      '',
      '**Q2. Does it cost anything?**',
      '',
      'A: No.',
      '',
    ].join('\n'),
  );

  it('makes a known part a section whether a colon, a period or a dash ends the label', () => {
    expect(doc.sections.map((s) => [s.kind, s.style, s.title])).toEqual([
      ['headline', 'atx', 'Acme Returns'],
      ['problem', 'bold', 'Problem'],
      ['solution', 'bold', 'Solution'],
      ['risks', 'bold', 'Risks'],
      ['faq', 'atx', 'FAQ'],
    ]);
    expect(at(doc, doc.sections[1]!.heading)).toBe('**Problem.**');
    expect(at(doc, doc.sections[2]!.body).trim()).toBe('A seller approves the refund at drop-off.');
    expect(at(doc, doc.sections[3]!.body).trim()).toMatch(/^fraud may rise\./u);
  });

  it('keeps a run-in label inside a FAQ answer part of the answer', () => {
    expect(doc.faq.map((e) => [e.question, e.answered])).toEqual([
      ['How fast is the refund?', true],
      ['Does it cost anything?', true],
    ]);
    expect(doc.faq[0]!.answer).toContain('Risks');
    expect(doc.objections.map((o) => o.objection)).not.toContain('A: No.');
  });
});

describe('working-backwards RFC', () => {
  const doc = parse(fixture('rfc.md'));

  it('is detected as the rfc profile, with blockquote metadata', () => {
    expect(doc.detectedProfile).toBe('rfc');
    expect(doc.meta.status).toMatchObject({ value: 'Draft', source: 'blockquote' });
    expect(doc.meta.owner?.value).toBe('Tomás Herrera');
  });

  it('does not take `#` lines in fenced code for headings', () => {
    expect(doc.sections.map((s) => s.title)).not.toContain('Field App');
    expect(doc.sections.find((s) => s.title === 'README')?.kind).toBe('unknown');
  });

  it('makes Public FAQ external and reads questions with or without `?`', () => {
    expect(doc.faq.map((e) => [e.question, e.audience, e.answered])).toEqual([
      ['Do I need to do anything to enable offline mode?', 'external', true],
      ['What happens when two people edit the same job offline', 'external', true],
      ['Why are we doing this?', 'internal', true],
      ['Why should we not do this?', 'internal', true],
      ['Is this a breaking change?', 'internal', false],
      ['What are the drawbacks?', 'internal', true],
    ]);
  });

  it('keeps a question heading inside a FAQ a question, not a Risks part', () => {
    expect(doc.sections.find((s) => s.title === 'Why should we not do this?')?.kind).toBe('unknown');
  });

  it('records "Why should we not do this?" and drawbacks as status-less faq objections', () => {
    expect(doc.objections.map((o) => [o.source, o.objection, o.status, o.owner])).toEqual([
      ['faq', 'Sync conflicts will generate support tickets we cannot yet estimate.', undefined, undefined],
      ['faq', 'Storage on low-end devices.', undefined, undefined],
    ]);
    expect(at(doc, doc.objections[0]!.fields.question?.span)).toBe('Why should we _not_ do this?');
  });
});

describe('working-backwards RFC with a blog post as the press release', () => {
  const doc = parse(
    '# RFC: Offline mode\n\n## Working Backwards\n\n### Blog post\n\n**Fieldwork works offline**\n\nTechnicians close jobs in basements.\n\n### README\n\nText.\n\n## Internal FAQ\n\n### Are there any open issues that need to be addressed later?\n\n- [ ] Support: a runbook for sync conflicts\n- [x] Security: encrypt the local store\n',
  );

  it('takes the headline from the blog post, not the RFC title', () => {
    expect(doc.headline).toMatchObject({ text: 'Fieldwork works offline', source: 'bold' });
    expect(doc.sections[0]!.kind).toBe('unknown');
    expect(at(doc, doc.pressRelease?.span)).toMatch(/^### Blog post[\s\S]*basements\.\n\n$/u);
  });

  it('reads tasks under "open issues" as objections, once', () => {
    expect(doc.objections.map((o) => [o.source, o.stakeholder, o.status])).toEqual([
      ['tasklist', 'Support', 'open'],
      ['tasklist', 'Security', 'resolved'],
    ]);
  });
});

describe('an H1 headline above a Press Release section', () => {
  it('keeps the H1 as the headline', () => {
    const doc = parse('# Acme launches X for Y\n\n## Press Release\n\nSEATTLE. Today Acme launched X.\n\n## FAQ\n');
    expect(doc.headline).toMatchObject({ text: 'Acme launches X for Y', source: 'h1' });
  });
});

describe('an untitled press release that opens with a paragraph', () => {
  const headline = (text: string) => parse(`${text}\n\n## FAQ\n\n### Cost?\n\nFree.\n`).headline;

  it('takes a first line that stands on its own as the headline', () => {
    expect(headline('Acme launches Pay Later')).toMatchObject({ text: 'Acme launches Pay Later', source: 'paragraph' });
    expect(headline('Acme launches Pay Later\nSEATTLE — Today Acme lets shoppers pay in four.')?.text).toBe(
      'Acme launches Pay Later',
    );
    // In capitals but four words and more before the dash: a shouted headline, not a place.
    expect(headline('ACME LAUNCHES PAY LATER TODAY — AT LAST')?.text).toBe('ACME LAUNCHES PAY LATER TODAY — AT LAST');
  });

  it('finds none when the paragraph opens with its dateline', () => {
    expect(headline('SEATTLE, WA — Today Northwind Grocers announced Same-Day Pickup Windows.')).toBeUndefined();
    expect(headline('NEW YORK, Jan. 5, 2026 -- Acme today launched Pay Later.')).toBeUndefined();
    expect(headline('LONDON – Acme today launched Pay Later.')).toBeUndefined();
  });

  it('reads a bold dateline as the dateline, not as a bold headline', () => {
    expect(headline('**SEATTLE, WA — March 3, 2027** — Acme today announced Acme Returns.')).toBeUndefined();
    expect(headline('**SEATTLE, WA**, March 3, 2027 — Acme today announced Acme Returns.')).toBeUndefined();
    expect(headline('**Acme Returns refunds sellers in a day**')?.text).toBe('Acme Returns refunds sellers in a day');
  });

  it('takes the labelled H1 as the headline when the release opens with a bold dateline', () => {
    const doc = parse(
      '# PR/FAQ: Acme Returns — refunds in one day\n\n**SEATTLE, WA — March 3, 2027** — Acme today announced Acme Returns.\n\n## FAQ\n',
    );
    expect(doc.headline).toMatchObject({ text: 'PR/FAQ: Acme Returns — refunds in one day', source: 'h1' });
  });

  it('finds none when the first line is only the start of a wrapped sentence', () => {
    expect(
      headline('Today Northwind Grocers announced Pickup Windows, which let shoppers\nchoose a slot.'),
    ).toBeUndefined();
    expect(
      headline('Today Northwind Grocers announced Pickup Windows for shoppers,\nWashington first.'),
    ).toBeUndefined();
  });
});

describe('numbered, bulleted and id-tagged questions grouped by topic', () => {
  const doc = parse(fixture('numbered.md'));

  it('keeps topic subheadings as sections, not questions', () => {
    expect(doc.sections.map((s) => [s.kind, s.title])).toEqual([
      ['headline', 'Acme introduces team billing for design studios'],
      ['summary', '1. Summary'],
      ['faq', '2. Frequently Asked Questions'],
      ['unknown', 'About pricing'],
      ['unknown', 'About setup'],
    ]);
    expect(doc.faq.map((e) => e.question)).not.toContain('About pricing');
  });

  it('reads bold questions with ids, taking the audience from the id under a generic FAQ', () => {
    expect(doc.faq.slice(0, 2).map((e) => [e.id, e.question, e.audience, e.style, e.answer])).toEqual([
      ['C1', 'How much does a seat cost?', 'external', 'bold', 'Twelve dollars a month, billed annually.'],
      [
        'I1',
        'What does this do to revenue per account?',
        'internal',
        'bold',
        'We expect it to rise 8% as studios consolidate seats.',
      ],
    ]);
  });

  it('reads numbered and bulleted questions with the answer nested or below', () => {
    expect(doc.faq.slice(2).map((e) => [e.question, e.style, e.answered, e.answer, e.audience])).toEqual([
      ['How do I invite my team?', 'numbered', true, 'Send the invite link from Settings > Team.', 'unknown'],
      ['Can I move existing seats?', 'numbered', false, '', 'unknown'],
      ['Is there a minimum team size?', 'numbered', true, 'Two seats.', 'unknown'],
      ['What happens to my old invoices?', 'list', true, 'They stay in your billing history.', 'unknown'],
      ['Can I pay by bank transfer?', 'list', false, '', 'unknown'],
    ]);
    const invite = doc.faq[2]!;
    expect(at(doc, invite.span)).toBe('How do I invite my team?');
    expect(at(doc, invite.answerSpan)).toBe('Send the invite link from Settings > Team.');
  });

  it('reads closed ATX headings without the closing hashes', () => {
    expect(at(doc, doc.sections[1]!.heading)).toBe('## 1. Summary ##');
    expect(doc.sections[1]!.title).toBe('1. Summary');
  });
});

describe('setext headings, "Part N —" numbering, emoji, audiences in either order', () => {
  const doc = parse(fixture('variants.md'));

  it('recognises every part', () => {
    expect(doc.sections.map((s) => [s.kind, s.level, s.style])).toEqual([
      ['press-release', 1, 'setext'],
      ['headline', 2, 'setext'],
      ['problem', 2, 'atx'],
      ['solution', 2, 'atx'],
      ['faq', 1, 'setext'],
      ['internal-faq', 2, 'atx'],
      ['unknown', 3, 'atx'],
      ['external-faq', 2, 'atx'],
      ['unknown', 3, 'atx'],
      ['risks', 2, 'atx'],
    ]);
  });

  it('finds the headline as the first heading inside the press release', () => {
    expect(doc.headline).toMatchObject({ text: '📣 Acme Pay Later launches for small merchants', source: 'section' });
    expect(at(doc, doc.pressRelease?.span)).toMatch(
      /^Part 1 — Press Release\n=+\n[\s\S]*Shoppers split payments in four\.\n\n$/u,
    );
  });

  it('ignores headings inside fenced code and HTML comments', () => {
    expect(doc.sections.filter((s) => s.title === 'FAQ' || s.title.includes('Also not'))).toEqual([]);
  });

  it('records risk bullets as faq objections without stakeholder or status', () => {
    expect(doc.objections.map((o) => [o.source, o.stakeholder, o.objection, o.owner])).toEqual([
      ['faq', undefined, 'Regulators may classify this as credit.', undefined],
      ['faq', undefined, 'Partner capacity: only 20,000 loans a month', 'Lena'],
    ]);
  });
});

describe('objections as a table, a task list and frontmatter', () => {
  const doc = parse(fixture('objections.md'));

  it('finds table columns by header name in any order, keeping extra columns', () => {
    expect(doc.objectionTables[0]!.columns).toEqual({
      owner: 0,
      stakeholder: 1,
      objection: 2,
      status: 4,
      resolution: 5,
    });
    expect(doc.objectionTables[0]!.headers).toEqual([
      'Owner',
      'Raised by',
      'Concern',
      'Priority',
      'State',
      'Resolution',
    ]);
    const table = doc.objections.filter((o) => o.source === 'table');
    expect(
      table.map((o) => [o.stakeholder, o.objection, o.rawStatus, o.status, o.owner, o.fields.Priority?.text]),
    ).toEqual([
      ['Finance', 'Cash-flow impact', 'Disagree and commit', 'accepted', 'Dana', 'P1'],
      ['Support', 'Ticket volume', 'parked', 'deferred', undefined, 'P2'],
      ['Risk', 'Chargebacks', 'wontfix', 'accepted', 'Omar', 'P1'],
      ['Ops', 'Duplicate refunds', 'Investigating', 'open', undefined, 'P3'],
    ]);
    expect(at(doc, table[0]!.fields.status?.span)).toBe('Disagree and commit');
    expect(table[0]!.span.start.line).toBe(18);
  });

  it('reads task lists: unchecked open, checked resolved, nested Owner/Status/Resolution', () => {
    const tasks = doc.objections.filter((o) => o.source === 'tasklist');
    expect(tasks.map((o) => [o.stakeholder, o.objection, o.rawStatus, o.status, o.owner, o.resolution])).toEqual([
      ['Finance', 'reserve sizing', '[ ]', 'open', 'Dana', undefined],
      ['Support', 'macros for agents', 'done', 'resolved', undefined, 'macros shipped'],
    ]);
  });

  it('keeps a resolution written on the task line out of the objection', () => {
    const [task] = parse(
      '# Acme launches X\n\n## Objections\n\n- [x] Support: a spike in tickets — resolved by adding the audit trail (owner: Kim)\n',
    ).objections;
    expect([task?.objection, task?.fields.objection?.text, task?.resolution, task?.owner]).toEqual([
      'a spike in tickets',
      'a spike in tickets',
      'resolved by adding the audit trail',
      'Kim',
    ]);
  });

  it('reads frontmatter objections as mappings or plain strings, positioned on the YAML', () => {
    const fm = doc.objections.filter((o) => o.source === 'frontmatter');
    expect(fm.map((o) => [o.stakeholder, o.objection, o.status, o.owner, o.resolution])).toEqual([
      ['Legal', 'Refund terms need review in the EU', 'resolved', 'Mei', 'Terms updated'],
      [undefined, 'Fraud exposure on high-value orders', undefined, undefined, undefined],
    ]);
    expect(at(doc, fm[0]!.fields.status?.span)).toBe('Addressed');
    expect(at(doc, fm[1]!.span)).toBe('Fraud exposure on high-value orders');
  });
});

describe('section titles through the alias table', () => {
  it.each([
    ['## Frequently Asked Questions', 'faq'],
    ['## Customer FAQs', 'external-faq'],
    ['### External FAQ', 'external-faq'],
    ['## Public FAQ', 'external-faq'],
    ['## Stakeholder FAQ', 'internal-faq'],
    ['## Business FAQ', 'internal-faq'],
    ['## Internal/Technical FAQ', 'internal-faq'],
    ['## Customer / External FAQs', 'external-faq'],
    ['## Internal FAQ (Technical / Stakeholder)', 'internal-faq'],
    ['## PR', 'press-release'],
    ['## Part 1 — Press Release', 'press-release'],
    ['## 1. Summary', 'summary'],
    ['## I. Problem', 'problem'],
    ['## ✨ Solution ✨', 'solution'],
    ['## Risks', 'risks'],
    ['## Concerns', 'risks'],
    ['## Open questions', 'risks'],
    ['## Drawbacks', 'risks'],
    ['## Why should we not do this?', 'risks'],
    ['## Getting started', 'how-it-works'],
    ['## Customer Quote', 'customer-quote'],
    ['## Quote from a company leader', 'leader-quote'],
    ['## Call to action:', 'call-to-action'],
    ['## Working Backwards', 'working-backwards'],
    ['## Appendix B: Data', 'appendix'],
    ['## Summary ##', 'summary'],
    ['#### Objections', 'objections'],
  ])('%s -> %s', (heading, kind) => {
    expect(kinds(`# Title\n\n${heading}\n\nText.\n`)[1]).toBe(kind);
  });

  it('lets options add aliases', () => {
    expect(kinds('# T\n\n## Pain\n\nText.\n')[1]).toBe('unknown');
    expect(parse('# T\n\n## Pain\n\nText.\n', { sections: { problem: ['Pain'] } }).sections[1]!.kind).toBe('problem');
  });

  it('reads headings at every level', () => {
    for (let level = 1; level <= 6; level++) {
      const doc = parse(`${'#'.repeat(level)} Summary\n\nText.\n`);
      expect([doc.sections[0]!.kind, doc.sections[0]!.level]).toEqual(['summary', level]);
    }
  });
});

describe('line endings, BOM, HTML comments', () => {
  const canonical = fixture('canonical.md');

  it('strips a BOM, records it, and keeps offsets relative to the stripped text', () => {
    const doc = parse(`\uFEFF${canonical}`);
    expect(doc.bom).toBe(true);
    expect(doc.text).toBe(canonical);
    expect(doc.frontmatter.present).toBe(true);
    expect(doc.status).toBe('review');
    expect(at(doc, doc.headline?.span)).toBe(
      'Acme launches Instant Payouts: merchants get paid in an hour, not three days',
    );
  });

  it('reads CRLF documents the same, with positions on the CRLF text', () => {
    const crlf = canonical.replace(/\n/gu, '\r\n');
    const lf = parse(canonical);
    const doc = parse(crlf);
    expect(doc.eol).toBe('\r\n');
    expect(lf.eol).toBe('\n');
    expect(doc.sections.map((s) => [s.kind, s.heading.start.line])).toEqual(
      lf.sections.map((s) => [s.kind, s.heading.start.line]),
    );
    expect(doc.faq.map((e) => [e.question, e.answered, e.span.start.line, e.span.start.column])).toEqual(
      lf.faq.map((e) => [e.question, e.answered, e.span.start.line, e.span.start.column]),
    );
    expect(doc.objections.map((o) => o.status)).toEqual(lf.objections.map((o) => o.status));
    expect(at(doc, doc.frontmatter.locations['/owner']?.value)).toBe('Jane Doe');
    expect(doc.stakeholders[0]!.prealigned).toBe('2026-11-20');
  });

  it('counts HTML comments and code as neither content nor words', () => {
    const doc = parse(
      '# T\n\n## Problem\n\n<!-- Describe the problem here -->\n\n## Solution\n\n```\ncode words here\n```\n\nTwo words.\n',
    );
    expect(doc.sections[1]).toMatchObject({ kind: 'problem', empty: true, words: 0 });
    expect(doc.sections[2]).toMatchObject({ kind: 'solution', empty: false, words: 2 });
  });
});

describe('stakeholders as a table and a list, risks as prose, questions as plain paragraphs', () => {
  const doc = parse(fixture('prose.md'));

  it('reads `**Key:** value` lines under the title as metadata', () => {
    expect(doc.meta.status).toMatchObject({ value: 'In review', source: 'bullet' });
    expect(doc.status).toBe('review');
    expect(at(doc, doc.meta.owner?.span)).toBe('Ana Souza');
  });

  it('reads several `Key: value` fields on one line, separated by · or |', () => {
    const meta = parse(
      '# Acme launches X\n\n> Owner: Sofia Marin · Status: 📝 Draft | Decision date: 2026-12-15\n> Reviewers: Ana | Bo\n\n## Summary\n\nText.\n',
    );
    expect(at(meta, meta.meta.owner?.span)).toBe('Sofia Marin');
    expect(meta.status).toBe('draft');
    expect(meta.meta.decisionDate?.value).toBe('2026-12-15');
    // A separator not followed by another key is part of the value.
    expect(meta.meta.reviewers?.value).toBe('Ana | Bo');
  });

  it('reads a stakeholders table by header name, and stakeholder bullets', () => {
    expect(
      doc.stakeholders.map((s) => [s.source, s.name, s.role, s.prealigned, s.signoff, s.rawSignoff, s.constraints]),
    ).toEqual([
      ['table', 'Raj Patel', 'Finance', '2026-11-20', 'approved', 'Approved', ['No new price', 'Budget under $1M']],
      ['table', 'Lena Cho', 'Legal', undefined, 'pending', 'pending', []],
      ['list', 'Tom Becker', 'Security', '2026-11-21', 'approved', 'approved', []],
      ['list', 'Mia Wong', 'Support', undefined, 'approved', 'LGTM', []],
    ]);
    expect(at(doc, doc.stakeholders[0]!.fields.prealigned?.span)).toBe('2026-11-20');
  });

  it('records each risk, bullet or paragraph, but not the intro line', () => {
    expect(doc.objections.map((o) => [o.source, o.objection, o.status])).toEqual([
      ['faq', 'Demand may be lower than forecast.', undefined],
      ['faq', 'Regulators may read this as lending.', undefined],
    ]);
  });

  it('reads one-line paragraphs ending in `?` inside a FAQ as questions', () => {
    expect(doc.faq.map((e) => [e.question, e.style, e.answered, e.answer])).toEqual([
      ['How much does it cost?', 'paragraph', true, 'Nothing during the beta.'],
      ['Will it work offline?', 'paragraph', false, ''],
    ]);
  });
});

describe('template placeholders and instructions', () => {
  it('takes `# {{headline}}` as the headline text, not as a section titled Headline', () => {
    const doc = parse(
      '# {{headline}}\n\n<!-- Headline: what launches, at most 20 words. -->\n\n## Summary\n\n{{summary}}\n',
    );
    expect(doc.headline).toMatchObject({ text: '{{headline}}', source: 'h1' });
    expect(doc.sections.map((s) => s.kind)).toEqual(['headline', 'summary']);
  });

  it('skips an instruction comment under a Headline section', () => {
    const doc = parse(
      '## Headline\n\n<!-- What launches, for whom. -->\n\nAcme launches shared carts\n\n## Summary\n\nText.\n',
    );
    expect(doc.headline).toMatchObject({ text: 'Acme launches shared carts', source: 'section' });
    expect(at(doc, doc.headline?.span)).toBe('Acme launches shared carts');
  });
});
