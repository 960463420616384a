// Text into HTML for the test pages: escapes the characters that would otherwise be read as markup.
export const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
