import $ from 'jquery';
import 'summernote/dist/summernote-lite.css';
import 'summernote/dist/summernote-lite.js';
import { expose, textOfHtml } from './editor-api';

declare global {
  interface JQuery {
    summernote(command: string): JQuery & string;
    summernote(options: Record<string, unknown>): JQuery;
  }
}

// FreeScout loads jQuery with a script tag, so it is a global there too.
Object.assign(window, { jQuery: $, $ });

// FreeScout's reply box: Summernote over a textarea.
const $body = $('#body');
$body.summernote({
  placeholder: 'Write your reply…',
  height: 180,
  toolbar: [
    ['style', ['bold', 'italic', 'underline']],
    ['para', ['ul', 'ol']],
    ['insert', ['link']],
  ],
});

const code = (): string => String($body.summernote('code'));
expose({
  getText: () => textOfHtml(code()),
  getData: code,
  focus: () => {
    $body.summernote('focus');
  },
  undo: () => {
    $body.summernote('undo');
  },
});
