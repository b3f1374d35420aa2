import { BlockQuote, Bold, ClassicEditor, Essentials, Italic, Link, List, Paragraph, Undo } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { type EditorHandle, textOfHtml } from '../editor-api';

/** Zendesk Agent Workspace marks its reply editable with this attribute. */
export const ZENDESK_TEST_ID = 'omnicomposer-rich-text-ckeditor';

/** A CKEditor 5 classic editor replacing `host`, set up like Zendesk Agent Workspace's composer. */
export async function createCkeditor(host: HTMLElement, initialData = ''): Promise<{ editor: ClassicEditor; handle: EditorHandle }> {
  const editor = await ClassicEditor.create({
    attachTo: host,
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, Link, List, BlockQuote, Undo],
    toolbar: ['undo', 'redo', '|', 'bold', 'italic', 'link', '|', 'bulletedList', 'numberedList', 'blockQuote'],
    root: { placeholder: 'Write your reply…', initialData },
  });
  // Through the view writer, so CKEditor's renderer keeps the attribute instead of dropping it.
  editor.editing.view.change((writer) => {
    const root = editor.editing.view.document.getRoot();
    if (root) writer.setAttribute('data-test-id', ZENDESK_TEST_ID, root);
  });
  const handle: EditorHandle = {
    getText: () => textOfHtml(editor.getData()),
    getData: () => editor.getData(),
    focus: () => editor.editing.view.focus(),
    undo: () => editor.execute('undo'),
  };
  return { editor, handle };
}
