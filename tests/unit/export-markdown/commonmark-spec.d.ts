declare module 'commonmark-spec' {
  /** One example of the CommonMark spec: its Markdown, the expected HTML, its section and number. */
  export const tests: { markdown: string; html: string; section: string; number: number }[];
  export const text: string;
}
