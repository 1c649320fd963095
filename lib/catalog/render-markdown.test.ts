import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("shows HTML and scripts as text", () => {
    const html = renderMarkdown('Bonjour <script>alert("x")</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("does not make links of javascript: or data: URLs", () => {
    for (const source of [
      "[x](javascript:alert(1))",
      "[x](JAVASCRIPT:alert(1))",
      "[x](data:text/html;base64,PHNjcmlwdD4=)",
      "[x](vbscript:msgbox)",
      "<javascript:alert(1)>",
    ]) {
      const html = renderMarkdown(source);
      expect(html).not.toMatch(/<a\b/);
      expect(html).not.toMatch(/href=/);
    }
  });

  it("keeps http(s) and mailto links, marked as user content", () => {
    const html = renderMarkdown(
      "[site](https://example.fr/page) et [écrire](mailto:contact@example.fr) et https://halle.example",
    );
    const links = [...html.matchAll(/<a href="([^"]+)" rel="([^"]+)">/g)];
    expect(links.map((match) => match[1])).toEqual([
      "https://example.fr/page",
      "mailto:contact@example.fr",
      "https://halle.example",
    ]);
    for (const match of links)
      expect(match[2].split(" ").sort()).toEqual(["nofollow", "noopener", "noreferrer", "ugc"]);
  });

  it("refuses relative and other-scheme links", () => {
    for (const source of ["[x](/admin)", "[x](ftp://example.fr)", "[x](file:///etc/passwd)"]) {
      expect(renderMarkdown(source)).not.toMatch(/<a\b/);
    }
  });

  it("renders headings, lists and emphasis but no images", () => {
    const html = renderMarkdown(
      "## Ingrédients\n\n- farine *bio*\n- eau **de source**\n\n1. pétrir\n2. cuire\n\n![photo](https://example.fr/p.jpg)",
    );
    expect(html).toContain("<h2>Ingrédients</h2>");
    expect(html).toMatch(/<ul>\s*<li>farine <em>bio<\/em><\/li>/);
    expect(html).toContain("<strong>de source</strong>");
    expect(html).toMatch(/<ol>\s*<li>pétrir<\/li>/);
    expect(html).not.toContain("<img");
  });
});
