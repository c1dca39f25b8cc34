import { describe, expect, it } from 'vitest';
import { bodyText } from '../../src/feed/selectors';

describe('bodyText', () => {
  it('is the text of HTML, not its markup, scripts or styles', () => {
    const text = bodyText({
      kind: 'html',
      html: '<p class="long-class-name">一二三</p><script>var 四五六 = 1</script><style>p{}</style>',
    });
    expect(text.match(/\p{Script=Han}/gu)).toEqual(['一', '二', '三']);
  });

  it('is the text itself for content_text', () => {
    expect(bodyText({ kind: 'text', text: '第一段。\n\n第二段。' })).toBe('第一段。\n\n第二段。');
  });
});
