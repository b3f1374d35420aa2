import { expose } from './editor-api';
import { createCkeditor } from './editors/ckeditor';

const host = document.getElementById('reply');
if (!host) throw new Error('ckeditor.html: #reply is missing');
const { handle } = await createCkeditor(host);
expose(handle);
