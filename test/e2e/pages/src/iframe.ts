import { expose, nativeHandle } from './editor-api';

// The reply box lives in a same-origin iframe; the handle reaches into it on every call.
const frame = document.getElementById('reply-frame');
expose(nativeHandle(() => (frame instanceof HTMLIFrameElement ? (frame.contentDocument?.getElementById('reply') ?? null) : null)));
