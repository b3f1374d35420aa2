import { expose, nativeHandle } from './editor-api';

// A single-page-app ticket view: the reply box arrives after the page has loaded and is
// replaced (not reused) when the agent moves to the next ticket.
const slot = document.getElementById('reply-slot');
const nextButton = document.getElementById('next-ticket');
let generation = 0;

function mountReplyBox(): void {
  generation += 1;
  const box = document.createElement('div');
  box.className = 'reply-box';
  box.id = 'reply';
  box.contentEditable = 'true';
  box.setAttribute('role', 'textbox');
  box.setAttribute('aria-multiline', 'true');
  box.setAttribute('aria-label', 'Reply');
  box.dataset.generation = String(generation);
  slot?.replaceChildren(box);
  if (nextButton instanceof HTMLButtonElement) nextButton.disabled = false;
}

window.__swap = mountReplyBox;
nextButton?.addEventListener('click', mountReplyBox);
setTimeout(mountReplyBox, 2000);
expose(nativeHandle(() => document.getElementById('reply')));
