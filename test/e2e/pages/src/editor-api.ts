/**
 * What every test page exposes as `window.__editor`, so a real-browser test can check that a
 * change went through the editor's own model (not just its DOM) and that one undo restores it.
 */
export interface EditorHandle {
  /** The editor model's plain text, paragraphs separated by "\n". */
  getText(): string;
  /** The model's serialized form: HTML for CKEditor/TinyMCE/Quill, JSON for ProseMirror, Lexical and Slate. */
  getData(): string;
  focus(): void;
  /** The editor's own undo (its undo manager, or the browser's for plain fields). */
  undo(): void;
}

declare global {
  interface Window {
    __editor?: EditorHandle;
    /** late.html only: replaces the reply box with a fresh one, like a single-page app's "Next ticket". */
    __swap?: () => void;
  }
}

export function expose(handle: EditorHandle): void {
  window.__editor = handle;
}

/** Plain text of editor HTML: block ends become "\n", entities are decoded. */
export function textOfHtml(html: string): string {
  const withBreaks = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|li|h[1-6]|blockquote|pre)>/gi, '\n');
  const doc = new DOMParser().parseFromString(withBreaks, 'text/html');
  return (doc.body.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}

/** A handle for a textarea or a plain contenteditable element, whose DOM is its model. */
export function nativeHandle(element: () => HTMLElement | HTMLTextAreaElement | null): EditorHandle {
  return {
    getText: () => {
      const el = element();
      if (!el) return '';
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text keeps the line breaks of <div>s and <br>s
      return el instanceof HTMLTextAreaElement ? el.value : el.innerText.replace(/\n$/, '');
    },
    getData: () => {
      const el = element();
      if (!el) return '';
      return el instanceof HTMLTextAreaElement ? el.value : el.innerHTML;
    },
    focus: () => element()?.focus(),
    undo: () => {
      const el = element();
      if (!el) return;
      el.focus();
      el.ownerDocument.execCommand('undo');
    },
  };
}
