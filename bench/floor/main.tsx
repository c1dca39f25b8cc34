/**
 * The benchmark's floor: the product's stack with nothing else. React, a react-router data
 * router with the same three routes, one useQuery for the same feed.json, titles as links.
 * Lists show the first 30 items, the product's page size, so both render the same amount.
 * The feed JSON is used as it comes: no validation, no sorting, no conversion.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, Outlet, RouterProvider, useParams } from 'react-router';

interface Item {
  id: string;
  title?: string;
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
  return <article>{item ? <h1>{item.title}</h1> : <p>找不到這篇文章</p>}</article>;
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
