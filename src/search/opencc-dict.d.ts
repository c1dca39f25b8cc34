/** opencc-js's dictionaries: `"from to to2|from to|…"`, one mapping per `|`. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
