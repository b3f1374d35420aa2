import { expose } from './editor-api';
import { createProseMirror } from './editors/prosemirror';

const host = document.getElementById('reply');
if (!host) throw new Error('prosemirror.html: #reply is missing');
expose(createProseMirror(host).handle);
