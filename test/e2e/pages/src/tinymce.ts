import type { TinyMCE } from 'tinymce';
import { expose } from './editor-api';

// Loaded by the page from vendor/tinymce/, self-hosted the way helpdesks ship it.
declare const tinymce: TinyMCE;

const [editor] = await tinymce.init({
  selector: '#reply',
  base_url: new URL('vendor/tinymce', document.baseURI).href,
  suffix: '.min',
  license_key: 'gpl',
  menubar: false,
  promotion: false,
  branding: false,
  plugins: 'lists link',
  toolbar: 'undo redo | bold italic link | bullist numlist blockquote',
  height: 240,
  placeholder: 'Write your reply…',
});
if (!editor) throw new Error('tinymce.html: the editor did not start');

expose({
  getText: () => editor.getContent({ format: 'text' }),
  getData: () => editor.getContent(),
  focus: () => editor.focus(),
  undo: () => {
    editor.undoManager.undo();
  },
});
