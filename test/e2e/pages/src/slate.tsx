/** @jsxImportSource react */
import { createRoot } from 'react-dom/client';
import { createEditor, type Descendant, Node } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import { expose } from './editor-api';

const host = document.getElementById('reply-root');
if (!host) throw new Error('slate.html: #reply-root is missing');

const editor = withHistory(withReact(createEditor()));
const initialValue: Descendant[] = [{ children: [{ text: '' }] }];

createRoot(host).render(
  <Slate editor={editor} initialValue={initialValue}>
    <Editable id="reply" className="slate-editable" placeholder="Write your reply…" aria-label="Reply" />
  </Slate>,
);

expose({
  getText: () => editor.children.map((node) => Node.string(node)).join('\n'),
  getData: () => JSON.stringify(editor.children),
  focus: () => ReactEditor.focus(editor),
  undo: () => editor.undo(),
});
