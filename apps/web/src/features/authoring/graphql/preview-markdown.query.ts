import { gql, type TypedDocumentNode } from '@urql/core';

export interface MarkdownPreview {
  html: string;
  problems: string[];
}

export const PreviewMarkdownQuery: TypedDocumentNode<{ previewMarkdown: MarkdownPreview }, { markdown: string; language: string | null }> = gql`
  query PreviewMarkdown($markdown: String!, $language: String) {
    previewMarkdown(markdown: $markdown, language: $language) {
      html
      problems
    }
  }
`;
