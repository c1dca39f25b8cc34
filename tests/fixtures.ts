/** A small JSON Feed 1.1 with the _news extension, for component tests. */
export const sampleFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: '青禾新聞（示範）',
  description: '示範內容，人物與事件純屬虛構。',
  language: 'zh-Hant',
  _news: {
    sections: [
      { id: 'local', title: '本地' },
      { id: 'world', title: '國際' },
      { id: 'empty', title: '空分類' },
    ],
  },
  items: [
    {
      id: 'harbour-ferry',
      title: '港口渡輪恢復航行',
      summary: '颱風過後，青禾港渡輪今晨恢復全線航班。',
      content_html:
        '<p>第一段。</p><p>■ 居民意見</p><p>第二段<a href="https://example.org/more">更多</a>。</p><img src="x" onerror="window.__xss=1"><p>軟體與網路的發展</p><pre><code>const 軟體 = "網路";</code></pre>',
      url: 'https://example.org/articles/harbour-ferry',
      date_published: '2026-11-21T12:00:00+08:00',
      authors: [{ name: '林小明' }, { name: '陳雅文' }],
      tags: ['交通', '港口'],
      _news: { section: 'local', source: '青禾日報', editor: '王雅婷' },
    },
    {
      id: '專訪/問答 #1 100%?',
      title: '專訪：陶藝家談窯火',
      content_text: '第一段文字。\n\n■ 窯火的溫度\n\n第二段文字。',
      date_published: '2026-11-20T09:00:00+08:00',
      authors: [{ name: '黃志強' }],
      _news: { section: 'world', source: '南嶼通訊社' },
    },
    {
      id: 'old-news',
      title: '舊聞一則',
      content_text: '很久以前的事。',
      date_published: '2026-11-01T09:00:00+08:00',
      _news: { section: 'local' },
    },
  ],
};
