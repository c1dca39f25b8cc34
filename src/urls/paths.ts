/** The public URL contract: ids are percent-encoded whole, so any feed id round-trips. */
export const sectionPath = (id: string) => `/sections/${encodeURIComponent(id)}`;
export const articlePath = (id: string) => `/articles/${encodeURIComponent(id)}`;
export const tagPath = (tag: string) => `/tags/${encodeURIComponent(tag)}`;
