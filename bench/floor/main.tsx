/**
 * The benchmark's floor: the product's stack with nothing else. React, a react-router data
 * router with the same three routes, one useQuery for the same feed.json, titles as links.
 * Lists show the first 30 items, the product's page size, so both render the same amount.
 * The article shows its title and its `content_html` (innerHTML, unsanitized) at the product's
 * body font and measure, and a 字級 switch that only sets one custom property on :root.
 * The feed JSON is used as it comes: no validation, no sorting, no conversion.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, Outlet, RouterProvider, useParams } from 'react-router';
import './floor.css';

interface Item {
  id: string;
  title?: string;
  content_html?: string;
  _news?: { section?: string };
}

interface Feed {
  title?: string;
  items: Item[];
}

const PAGE_SIZE = 30;

function useFeed() {
  return useQuery({
    queryKey: ['feed'],
    // As in the product: fresh for 5 minutes, so navigating does not refetch the feed.
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const response = await fetch('/feed.json');
      if (!response.ok) throw new Error(`feed.json: HTTP ${response.status}`);
      return (await response.json()) as Feed;
    },
  });
}

function Stories({ items }: { items: Item[] }) {
  return (
    <ul>
      {items.slice(0, PAGE_SIZE).map((item) => (
        <li key={item.id}>
          <h3>
            <Link to={`/articles/${encodeURIComponent(item.id)}`}>{item.title}</Link>
          </h3>
        </li>
      ))}
    </ul>
  );
}

function Home() {
  const { data } = useFeed();
  if (!data) return <p>載入中…</p>;
  return (
    <>
      <h1>{data.title}</h1>
      <Stories items={data.items} />
    </>
  );
}

function Section() {
  const { sectionId } = useParams();
  const { data } = useFeed();
  if (!data) return <p>載入中…</p>;
  return (
    <>
      <h1>{sectionId}</h1>
      <Stories items={data.items.filter((item) => item._news?.section === sectionId)} />
    </>
  );
}

function Article() {
  const { articleId } = useParams();
  const { data } = useFeed();
  if (!data) return <p>載入中…</p>;
  const item = data.items.find((i) => i.id === articleId);
  if (!item) return <p>找不到這篇文章</p>;
  return (
    <article>
      <h1>{item.title}</h1>
      <FontSizeSwitch />
      <div className="body" dangerouslySetInnerHTML={{ __html: item.content_html ?? '' }} />
    </article>
  );
}

/** The product's 字級 steps, as radios in a group of the same name. */
const SIZES = [
  ['小', '1rem'],
  ['標準', '1.125rem'],
  ['大', '1.25rem'],
  ['特大', '1.375rem'],
  ['超大', '1.5rem'],
];

function FontSizeSwitch() {
  return (
    <fieldset>
      <legend>字級</legend>
      {SIZES.map(([label = '', size = ''], i) => (
        <label key={label}>
          <input
            type="radio"
            name="font-size"
            defaultChecked={i === 1}
            onChange={() => {
              document.documentElement.style.setProperty('--reading-size', size);
            }}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

function Layout() {
  return (
    <main>
      <Outlet />
    </main>
  );
}

const router = createBrowserRouter([
  {
    path: '/',
    Component: Layout,
    children: [
      { index: true, Component: Home },
      { path: 'sections/:sectionId', Component: Section },
      { path: 'articles/:articleId', Component: Article },
    ],
  },
]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
