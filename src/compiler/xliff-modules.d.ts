/** Types for the parts of the `xliff` package (no bundled types) that the XLIFF exchange uses. */
declare module 'xliff/jsToXliff12' {
  import type { XliffDocument } from 'xliff';
  export default function jsToXliff12(doc: XliffDocument, options?: { indent?: string }): Promise<string>;
}
declare module 'xliff/xliff12ToJs' {
  import type { XliffDocument } from 'xliff';
  export default function xliff12ToJs(xml: string): Promise<XliffDocument>;
}
declare module 'xliff' {
  export interface XliffUnit {
    source: string;
    target?: string;
    note?: string | string[];
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffDocument {
    sourceLanguage: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
}
