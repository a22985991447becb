import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { type Problem, toProblem } from '../../../shared/graphql/problem';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import { type MarkdownPreview as Preview, PreviewMarkdownQuery } from '../graphql/preview-markdown.query';
import { useAuthoringText } from '../i18n/authoring-text';

export const PREVIEW_DELAY_MS = 400;
const MAX_PREVIEW_BYTES = 200 * 1024;

/** The Markdown body of a file, without the YAML front matter of lessons. */
export function markdownBody(content: string): { title: string | null; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(content);
  if (!match) return { title: null, body: content };
  const title = /^title:[ \t]*(.+)$/m.exec(match[1])?.[1]?.trim().replace(/^"(.*)"$/, '$1') ?? null;
  return { title: title || null, body: content.slice(match[0].length) };
}

/**
 * The HTML publication will produce, rendered by the API as the author types (debounced, so a
 * slow connection is not flooded), shown with the learner's lesson styles.
 */
export function MarkdownPreview({ content, language }: { content: string; language: string }) {
  const { t } = useTranslation();
  const a = useAuthoringText();
  const client = useGraphqlClient();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const { title, body } = markdownBody(content);
  const tooBig = new Blob([body]).size > MAX_PREVIEW_BYTES;

  useEffect(() => {
    if (tooBig) return;
    let current = true;
    const timer = setTimeout(() => {
      void client
        .query(PreviewMarkdownQuery, { markdown: body, language }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          if (!current) return;
          if (result.data) {
            setPreview(result.data.previewMarkdown);
            setProblem(null);
          } else setProblem(result.error ? toProblem(result.error) : { kind: 'graphql', code: 'UNKNOWN' });
        });
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, body, language, tooBig]);

  return (
    <section className="markdown-preview" aria-labelledby="preview-title" aria-busy={!preview && !problem}>
      <h3 id="preview-title">{a('preview.title')}</h3>
      {tooBig ? <p className="message message-info">{a('preview.tooBig')}</p> : null}
      {problem ? <p className="message message-error">{problemMessage(t, problem)}</p> : null}
      {preview?.problems.length ? (
        <ul className="message message-error">
          {preview.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <article className="lesson-body" lang={language}>
        {title ? <h1>{title}</h1> : null}
        {/* Sanitized by the API's publication pipeline: the same HTML learners will get. */}
        {preview ? <div dangerouslySetInnerHTML={{ __html: preview.html }} /> : <p className="muted">{a('preview.loading')}</p>}
      </article>
    </section>
  );
}
