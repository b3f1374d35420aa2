import { expose, nativeHandle } from './editor-api';

// Zammad's article box is its own contenteditable; the model is its DOM.
expose(nativeHandle(() => document.querySelector<HTMLElement>('form.article-add .articleNewEdit-body')));
