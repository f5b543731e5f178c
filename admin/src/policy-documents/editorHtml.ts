/**
 * PD4: the editor writes HTML; a text written in Strapi's admin (or seeded) is Markdown. The editor is
 * given HTML either way: Markdown is converted with markdown-it when the editor loads it, HTML is kept.
 * What the server stores is still shown through its sanitiser (cms/domain/rich-text.ts).
 */
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: true, linkify: true });

export const toEditorHtml = (value: unknown): string => {
  if (typeof value !== 'string' || value.trim() === '') return '';
  return /^\s*</.test(value) ? value : markdown.render(value);
};
