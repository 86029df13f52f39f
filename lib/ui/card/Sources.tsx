/**
 * An event's sources (the list; the card gives it its heading): each title in its own language (the `lang` attribute, so a screen reader
 * reads a Russian title with a Russian voice), a visible language marker for a title that is not
 * in English, the publisher and the publication date where the dataset has them.
 */
import type { Source } from '../../events/types';
import { formatDateRange, safeHref } from '../format';

/** The language's name in English ("Russian"), or the tag itself when Intl does not know it. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const isEnglish = (lang?: string) => !lang || lang === 'en' || lang.startsWith('en-');

export function Sources({ sources }: { sources: readonly Source[] }) {
  if (!sources.length) return null;
  return (
    <ul class="sources" data-testid="card-sources">
      {sources.map((s, i) => {
        const href = safeHref(s.url);
        const lang = s.lang || undefined;
        return (
          <li key={i}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" lang={lang}>
                {s.title}
              </a>
            ) : (
              <span lang={lang}>{s.title}</span>
            )}
            {!isEnglish(lang) && (
              <span class="lang" data-testid="source-lang" title={`In ${languageName(lang!)}`}>
                {' '}
                <abbr title={languageName(lang!)}>{lang!.toUpperCase()}</abbr>
              </span>
            )}
            {s.publisher ? <span class="muted"> · {s.publisher}</span> : null}
            {s.date ? (
              <span class="muted">
                {' · '}
                <time dateTime={s.date} data-testid="source-date">{formatDateRange(s.date)}</time>
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
