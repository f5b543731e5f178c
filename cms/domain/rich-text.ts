/**
 * PD4: a policy's or guide's rich text as safe HTML. Strapi's admin writes Markdown (its `richtext` field);
 * the console's editor may write HTML inside it, which Markdown allows. Rendered by markdown-it, then
 * cut down by sanitize-html to the tags a policy needs: no script, no style, no event attribute, links
 * only to http(s), mailto and tel, images only from http(s) or the site's own /uploads.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'blockquote',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'code',
    'pre',
    'span',
  ],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'width', 'height'], th: ['scope'], td: ['colspan'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // A heading one in the text would be a second h1 on the page (the page's title is the only one).
  transformTags: { h1: 'h2' },
};

/** Safe HTML for a Markdown (or Markdown-with-HTML) text; empty for no text. */
export const renderRichText = (text: string | null | undefined): string =>
  text ? sanitizeHtml(markdown.render(text), ALLOWED) : '';
