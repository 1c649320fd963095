import MarkdownIt from "markdown-it";

// A product's description, written in Markdown by the vendor, turned into HTML that is safe to
// show: raw HTML is escaped (shown as text), links only to http(s) and mailto and marked as
// user content, no images (photos go through the product's own checked uploads).
const ALLOWED_LINK = /^(https?:|mailto:)/i;
const LINK_REL = "nofollow ugc noopener noreferrer";

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
markdown.disable("image");

const defaultValidateLink = markdown.validateLink.bind(markdown);
// markdown-it's own check already refuses javascript:, vbscript:, file: and most data: URLs;
// on top of it only absolute http(s) and mailto links become links.
markdown.validateLink = (url: string) => defaultValidateLink(url) && ALLOWED_LINK.test(url.trim());

const renderToken: NonNullable<typeof markdown.renderer.rules.link_open> = (tokens, index, options, _env, self) =>
  self.renderToken(tokens, index, options);
const defaultLinkOpen = markdown.renderer.rules.link_open ?? renderToken;
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index].attrSet("rel", LINK_REL);
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
