import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Synthetic JSON Feed 1.1 in Traditional Chinese: deterministic (seeded), sentences assembled
 * from news phrasing, bodies from one short paragraph to a dozen with sub-headings and lists,
 * headlines with phrases set apart by U+3000 like real Chinese headlines, `_news` sections.
 * Item `bench-long` is a ~30,000-character article, dated old so it is never the lead story.
 */

export const SECTIONS = [
  { id: 'local', title: '本地' },
  { id: 'world', title: '國際' },
  { id: 'business', title: '財經' },
  { id: 'tech', title: '科技' },
  { id: 'culture', title: '文化' },
  { id: 'sports', title: '體育' },
];
export const LONG_ARTICLE_ID = 'bench-long';

const PLACES = [
  '青禾市',
  '北坪區',
  '南港里',
  '東岸區',
  '西湖區',
  '臺北',
  '臺中',
  '高雄',
  '花蓮',
  '新竹',
  '嘉義',
  '宜蘭',
  '屏東',
  '澎湖',
  '基隆',
  '桃園',
];
const ACTORS = {
  local: [
    '市政府',
    '交通局',
    '衛生局',
    '水利處',
    '環保局',
    '里長',
    '區公所',
    '消防局',
    '社會局',
    '捷運公司',
  ],
  world: [
    '聯合國',
    '歐盟',
    '東協',
    '外交部',
    '世界衛生組織',
    '國際貨幣基金',
    '鄰國政府',
    '多國代表團',
    '國際紅十字會',
    '海事組織',
  ],
  business: [
    '中央銀行',
    '證券交易所',
    '金管會',
    '經濟部',
    '半導體大廠',
    '航運公司',
    '連鎖超市',
    '壽險業者',
    '電信業者',
    '建商',
  ],
  tech: [
    '研究團隊',
    '新創公司',
    '晶片廠',
    '國家實驗室',
    '資安業者',
    '數位發展部',
    '電動車廠',
    '雲端業者',
    '大學實驗室',
    '衛星團隊',
  ],
  culture: [
    '國家美術館',
    '文化局',
    '出版社',
    '電影節',
    '劇團',
    '交響樂團',
    '博物館',
    '文學獎評審團',
    '書店聯盟',
    '獨立樂團',
  ],
  sports: [
    '中華隊',
    '職棒球團',
    '籃球聯盟',
    '田徑協會',
    '體育署',
    '奧會',
    '羽球名將',
    '足球代表隊',
    '馬拉松主辦單位',
    '游泳隊',
  ],
};
const TOPICS = {
  local: [
    '停水',
    '道路拓寬',
    '公車路線調整',
    '垃圾清運',
    '社會住宅',
    '防災演練',
    '老街改建',
    '夜市整頓',
    '自行車道',
    '長照據點',
  ],
  world: [
    '停火協議',
    '氣候談判',
    '難民安置',
    '貿易協定',
    '選舉結果',
    '糧食援助',
    '海上救援',
    '能源轉型',
    '疫苗分配',
    '邊境開放',
  ],
  business: [
    '利率決策',
    '外銷訂單',
    '股市成交量',
    '房價指數',
    '油價調整',
    '薪資調查',
    '年終獎金',
    '匯率走勢',
    '電價方案',
    '消費券',
  ],
  tech: [
    '人工智慧',
    '量子電腦',
    '晶片製程',
    '資料外洩',
    '開放資料',
    '電池技術',
    '低軌衛星',
    '自駕車',
    '雲端服務',
    '個資保護',
  ],
  culture: [
    '特展',
    '新書發表',
    '古蹟修復',
    '影展',
    '音樂祭',
    '傳統工藝',
    '文學獎',
    '劇場首演',
    '地方誌',
    '書法展',
  ],
  sports: [
    '亞錦賽',
    '季後賽',
    '全運會',
    '世界盃資格賽',
    '馬拉松',
    '新人王',
    '轉隊',
    '傷兵名單',
    '主場開幕',
    '冠軍賽',
  ],
};
const WHEN = ['今天', '昨天', '本週', '上午', '下午', '晚間', '二十八日', '日前', '近日', '上週末'];
const VERBS = ['宣布', '公布', '表示', '提出', '說明', '證實', '呼籲', '決定', '啟動', '完成'];
const OBJECTS = [
  '新的實施計畫',
  '最新調查結果',
  '第二階段方案',
  '改善措施',
  '檢討報告',
  '補助辦法',
  '試辦計畫',
  '年度預算',
  '合作備忘錄',
  '緊急應變方案',
];
const CLAUSES = [
  '預計明年上半年全面上路',
  '相關細節仍在研議當中',
  '民眾可至官方網站查詢最新進度',
  '業界普遍認為影響有限',
  '專家提醒仍須觀察後續發展',
  '首批名額已在數小時內額滿',
  '多位議員質疑經費編列過於倉促',
  '地方居民對此看法分歧',
  '相較去年同期成長近一成',
  '這也是近十年來首見',
  '主管機關表示將持續與各方溝通',
  '詳細時程將另行公告',
  '不少家長與學生也到場關心',
  '負責人坦言壓力不小',
  '外界關注是否會影響年底的規劃',
  '現場一度湧入大批人潮',
];
const QUOTES = [
  '我們希望讓每一位市民都能感受到改變',
  '這不是一夕之間可以完成的事',
  '數字會說話，但背後的故事更重要',
  '我們會把意見帶回去，盡快給大家答覆',
  '只要方向正確，就值得繼續走下去',
  '第一次參加就有這樣的成績，真的很意外',
];
const SOURCES = ['青禾日報', '中央通訊社', '東岸晚報', '財經週刊', '科技新報', '體育日報'];
const EDITORS = ['周映禾', '林若水', '陳嘉言', '黃子晴', '吳承恩', '張語彤', '劉書維', '許念慈'];
const IMAGES = [
  'harbour.svg',
  'skyline.svg',
  'train.svg',
  'stadium.svg',
  'pottery.svg',
  'mountains.svg',
];
const NUMBERS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十二',
  '二十',
  '三十五',
  '四十八',
];
const HEAD_TAILS = [
  '首批名額秒殺',
  '業者憂衝擊',
  '專家：審慎樂觀',
  '明年上路',
  '居民反應兩極',
  '創十年新高',
  '細節待公布',
  '各界關注後續',
];

/** A seeded PRNG (mulberry32) so every run serves the same feed. @param {number} seed */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** @type {<T>(list: readonly T[]) => T} */
  const pick = (list) => list[Math.floor(next() * list.length)];
  const int = (/** @type {number} */ min, /** @type {number} */ max) =>
    min + Math.floor(next() * (max - min + 1));
  return { next, pick, int };
}

/** @param {ReturnType<typeof random>} r @param {string} section */
function sentence(r, section) {
  const actor = `${r.pick(PLACES)}${r.pick(ACTORS[section])}`;
  switch (r.int(0, 3)) {
    case 0:
      return `${actor}${r.pick(WHEN)}${r.pick(VERBS)}${r.pick(TOPICS[section])}${r.pick(OBJECTS)}，${r.pick(CLAUSES)}。`;
    case 1:
      return `針對${r.pick(TOPICS[section])}議題，${actor}${r.pick(VERBS)}，${r.pick(CLAUSES)}，${r.pick(CLAUSES)}。`;
    case 2:
      return `負責人受訪時說：「${r.pick(QUOTES)}。」${r.pick(CLAUSES)}。`;
    default:
      return `據統計，${r.pick(PLACES)}今年共有${r.pick(NUMBERS)}萬人次參與，較去年增加${r.pick(NUMBERS)}成，${r.pick(CLAUSES)}。`;
  }
}

/** @param {ReturnType<typeof random>} r @param {string} section @param {number} sentences */
const paragraph = (r, section, sentences) =>
  Array.from({ length: sentences }, () => sentence(r, section)).join('');

/** Mostly short bodies, a long tail of long ones. @param {ReturnType<typeof random>} r @param {string} section */
function body(r, section) {
  const roll = r.next();
  const paragraphs =
    roll < 0.55 ? 1 : roll < 0.85 ? r.int(2, 3) : roll < 0.97 ? r.int(4, 7) : r.int(8, 14);
  const parts = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i > 0 && i % 4 === 0) parts.push(`<p>■ ${r.pick(TOPICS[section])}的下一步</p>`);
    parts.push(`<p>${paragraph(r, section, r.int(1, 3))}</p>`);
    if (paragraphs > 3 && i === 1) {
      parts.push(
        `<ul>${Array.from({ length: 3 }, () => `<li>${r.pick(CLAUSES)}</li>`).join('')}</ul>`,
      );
    }
  }
  return parts.join('\n');
}

/** @param {ReturnType<typeof random>} r @param {string} section */
function headline(r, section) {
  const first = `${r.pick(PLACES)}${r.pick(TOPICS[section])}${r.pick(['新制上路', '再掀討論', '明年實施', '創新高', '出現轉折', '引發關注', '正式登場', '傳捷報'])}`;
  return r.next() < 0.7 ? `${first}\u3000${r.pick(HEAD_TAILS)}` : first;
}

/** The ~30,000-character article for the interaction benchmark. */
function longArticle() {
  const r = random(7);
  const parts = [];
  let length = 0;
  for (let i = 0; length < 30_000; i++) {
    if (i > 0 && i % 8 === 0)
      parts.push(`<p>■ 第${i / 8}部分：${r.pick(TOPICS.culture)}的來龍去脈</p>`);
    const text = paragraph(r, r.pick(SECTIONS).id, r.int(4, 8));
    length += text.length;
    parts.push(`<p>${text}</p>`);
  }
  return {
    id: LONG_ARTICLE_ID,
    url: `https://example.org/articles/${LONG_ARTICLE_ID}`,
    title: '長文測試：青禾市百年港埠的興衰與重生\u3000一座城市的記憶',
    summary: '一篇約三萬字的長篇報導，用來量測長文頁面的互動延遲。',
    content_html: parts.join('\n'),
    date_published: '2025-01-01T08:00:00+08:00',
    tags: ['長文', '港埠'],
    authors: [{ name: '林若水' }],
    _news: { section: 'culture', source: '青禾日報', editor: '周映禾' },
  };
}

/**
 * A feed of `count` items (the long article included), newest first with some disorder.
 * @param {number} count
 */
export function makeFeed(count) {
  const r = random(count);
  const start = Date.parse('2026-11-28T20:00:00+08:00');
  const items = [];
  for (let i = 0; i < count - 1; i++) {
    const section = SECTIONS[i % SECTIONS.length].id;
    const id = `bench-${String(i).padStart(5, '0')}`;
    const title = headline(r, section);
    items.push({
      id,
      url: `https://example.org/articles/${id}`,
      title,
      summary: paragraph(r, section, 1),
      content_html: body(r, section),
      ...(r.next() < 0.2 ? { image: `images/${r.pick(IMAGES)}` } : {}),
      date_published: new Date(start - i * 9 * 60_000 - r.int(0, 30) * 60_000).toISOString(),
      tags: [r.pick(TOPICS[section]), r.pick(PLACES)],
      authors: [{ name: r.pick(EDITORS) }],
      _news: { section, source: r.pick(SOURCES), editor: r.pick(EDITORS) },
    });
  }
  items.splice(Math.floor(items.length / 2), 0, longArticle());
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: '青禾新聞（效能測試）',
    home_page_url: 'https://example.org/',
    description: '效能測試用的合成新聞，內容純屬虛構。',
    language: 'zh-Hant',
    _news: { sections: SECTIONS },
    items,
  };
}

/** Writes the feed as JSON; returns its size in bytes. @param {number} count @param {string} file */
export function writeFeed(count, file) {
  const json = JSON.stringify(makeFeed(count));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, json);
  return Buffer.byteLength(json);
}
