import { expose, nativeHandle } from './editor-api';

expose(nativeHandle(() => document.getElementById('reply')));
