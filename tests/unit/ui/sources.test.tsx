// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { languageName, Sources } from '../../../lib/ui/card/Sources';

afterEach(cleanup);

describe('Sources', () => {
  it('sets the title language, marks a non-English title and shows the date', () => {
    render(
      <Sources
        sources={[
          { title: 'Trump and Putin meet in Alaska', url: 'https://example.com/a', publisher: 'Wire', lang: 'en', date: '2025-08-15' },
          { title: 'Ушаков раскрыл детали разговора', url: 'https://example.ru/b', lang: 'ru' },
          { title: 'Untagged', url: 'javascript:alert(1)' },
        ]}
      />,
    );
    const en = screen.getByRole('link', { name: 'Trump and Putin meet in Alaska' });
    expect(en.getAttribute('lang')).toBe('en');
    const ru = screen.getByRole('link', { name: 'Ушаков раскрыл детали разговора' });
    expect(ru.getAttribute('lang')).toBe('ru');
    // One visible language marker, on the Russian title only, with the language's name.
    const markers = screen.getAllByTestId('source-lang');
    expect(markers.map((m) => m.textContent?.trim())).toEqual(['RU']);
    expect(markers[0]!.closest('li')!.textContent).toContain('Ушаков');
    expect(markers[0]!.querySelector('abbr')!.getAttribute('title')).toBe('Russian');
    const dates = screen.getAllByTestId('source-date');
    expect(dates.map((d) => [d.getAttribute('datetime'), d.textContent])).toEqual([['2025-08-15', '15 August 2025']]);
    // A non-http(s) URL is never a link; a title without lang has no lang attribute.
    expect(screen.queryByRole('link', { name: 'Untagged' })).toBeNull();
    expect(screen.getByText('Untagged').hasAttribute('lang')).toBe(false);
  });

  it('renders nothing without sources, and names languages', () => {
    const { container } = render(<Sources sources={[]} />);
    expect(container.textContent).toBe('');
    expect(languageName('uk')).toBe('Ukrainian');
  });
});
