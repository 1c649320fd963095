// The look of rendered Markdown, shared by the product page and the editor's preview.
export const markdownClasses =
  "flex flex-col gap-3 break-words [&_a]:font-medium [&_a]:text-brand-700 [&_a]:underline [&_h1]:text-xl [&_h1]:font-bold [&_h2]:text-lg [&_h2]:font-bold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:ps-6 [&_ul]:list-disc [&_ul]:ps-6 [&_blockquote]:border-s-4 [&_blockquote]:border-stone-300 [&_blockquote]:ps-3 [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1";
