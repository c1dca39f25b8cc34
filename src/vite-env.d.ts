/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_FEED_URL?: string;
}

declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
