import { expose, nativeHandle } from './editor-api';

// Gmail's compose box is its own contenteditable: the DOM is the model and undo is the browser's.
expose(nativeHandle(() => document.querySelector<HTMLElement>('[g_editable="true"][role="textbox"]')));
