import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { expose } from './editor-api';

const quill = new Quill('#reply', {
  theme: 'snow',
  placeholder: 'Write your reply…',
  modules: { toolbar: [['bold', 'italic', 'link'], [{ list: 'ordered' }, { list: 'bullet' }], ['blockquote']] },
});

expose({
  // Quill's text always ends with the newline of its last line.
  getText: () => quill.getText().replace(/\n$/, ''),
  getData: () => JSON.stringify(quill.getContents()),
  focus: () => quill.focus(),
  undo: () => quill.history.undo(),
});
