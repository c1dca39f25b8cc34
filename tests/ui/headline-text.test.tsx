import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HeadlineText } from '../../src/ui/headline-text';

/** The phrases a headline is set in: each kept whole, so lines break between them. */
function phrases(text: string) {
  const { container } = render(<HeadlineText text={text} />);
  const spans = [...container.querySelectorAll('span')].map((span) => span.textContent);
  return { text: container.textContent, spans };
}

describe('HeadlineText', () => {
  it('keeps each phrase of a headline whole, the ideographic space with the phrase it ends', () => {
    expect(phrases('港埠區渡輪明年改靠新碼頭　通勤族憂轉乘時間拉長')).toEqual({
      text: '港埠區渡輪明年改靠新碼頭　通勤族憂轉乘時間拉長',
      spans: ['港埠區渡輪明年改靠新碼頭　', '通勤族憂轉乘時間拉長'],
    });
    expect(phrases('一　二　三').spans).toEqual(['一　', '二　', '三']);
  });

  it('leaves a headline with no ideographic space as plain text', () => {
    expect(phrases('青禾市長選舉今日投票')).toEqual({ text: '青禾市長選舉今日投票', spans: [] });
  });

  it('keeps every character, leading, doubled and trailing spaces too', () => {
    for (const text of ['　開頭', '兩個　　空格', '結尾　', '　']) {
      const { text: shown, spans } = phrases(text);
      expect(shown).toBe(text);
      // As the lookbehind split /(?<=\u3000)/ cut it.
      expect(spans.length > 0 ? spans : [text]).toEqual(text.split(/(?<=\u3000)/));
    }
  });
});
