import { describe, expect, it } from 'vitest';
import { digitRuns, markUprightDigits } from '../../src/reading/upright-digits';

const upright = (text: string) =>
  digitRuns(text)
    .filter((piece) => piece.upright)
    .map((piece) => piece.text);

describe('縱中橫 digit runs', () => {
  it('stands one to three half-width digits upright', () => {
    expect(upright('2026年11月27日 第3季 增加100人')).toEqual(['11', '27', '3', '100']);
  });

  it('leaves longer numbers and numbers joined to letters or punctuation sideways', () => {
    expect(upright('2026年 1234人 4.2% 07:30 11/27 COVID-19 A380 5G 3,000')).toEqual([]);
  });

  it('keeps every character, in order', () => {
    const text = '港東線11月起停靠，每日約6800人次，票價30元。';
    expect(
      digitRuns(text)
        .map((piece) => piece.text)
        .join(''),
    ).toBe(text);
  });

  it('wraps the runs of sanitized markup in spans, outside code, keeping the text', () => {
    const template = document.createElement('template');
    template.innerHTML =
      '<p>11月<a href="https://example.org/">第2站</a>，增加<strong>25</strong>人</p><pre>if (a &lt; 10) {}</pre><p><code>x = 42</code></p>';
    const before = template.content.textContent;

    markUprightDigits(template.content, 'upright');

    expect(
      [...template.content.querySelectorAll('span.upright')].map((s) => s.textContent),
    ).toEqual(['11', '2', '25']);
    expect(template.content.querySelector('pre')?.innerHTML).toBe('if (a &lt; 10) {}');
    expect(template.content.querySelector('code')?.innerHTML).toBe('x = 42');
    expect(template.content.textContent).toBe(before);
  });
});
