// Tests import fixtures as text through Vite's `?raw` suffix, which keeps shared/ free of node:fs.
declare module '*?raw' {
  const text: string;
  export default text;
}
