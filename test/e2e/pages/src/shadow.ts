import { expose, nativeHandle } from './editor-api';

/** A reply composer that keeps its editable in an open shadow root, as web-component helpdesks do. */
class ReplyComposer extends HTMLElement {
  readonly editable: HTMLDivElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; }
        .box { border: 1px solid #c9ced6; border-radius: 6px; background: #fff; }
        .bar { padding: 6px 10px; border-bottom: 1px solid #e3e6ea; font: 600 12px system-ui, sans-serif; color: #55606e; }
        #reply { min-height: 140px; padding: 10px 12px; outline: none; font: 15px/1.5 system-ui, sans-serif; }
      </style>
      <div class="box">
        <div class="bar">Reply to Sam Carter</div>
        <div id="reply" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Reply"></div>
      </div>`;
    const editable = root.getElementById('reply');
    if (!(editable instanceof HTMLDivElement)) throw new Error('reply-composer: no editable');
    this.editable = editable;
  }
}

customElements.define('reply-composer', ReplyComposer);
const composer = document.querySelector('reply-composer');
expose(nativeHandle(() => (composer instanceof ReplyComposer ? composer.editable : null)));
