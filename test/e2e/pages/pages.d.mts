export interface PageSpec {
  /** File name without ".html". */
  name: string;
  title: string;
  /** Script under src/ (default `${name}.ts`). */
  entry?: string;
  /** Selector of the element an agent types into (inside `frame` when set). */
  editable: string;
  /** Selector of the iframe that holds the editable, if any. */
  frame?: string;
  reply: string;
  head?: string;
}
export const CUSTOMER_MESSAGE: string;
export const pages: PageSpec[];
