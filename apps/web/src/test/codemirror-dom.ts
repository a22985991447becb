// jsdom lays nothing out, and its Range has no client rects: CodeMirror measures the cursor and
// selection with them. Empty rects let the real editor run in component tests.
const emptyRect = () => new DOMRect(0, 0, 0, 0);
const emptyRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;

if (!Range.prototype.getClientRects) Range.prototype.getClientRects = emptyRects;
if (!Range.prototype.getBoundingClientRect) Range.prototype.getBoundingClientRect = emptyRect;
