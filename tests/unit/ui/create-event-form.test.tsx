// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CreateEventForm, initialFields } from '../../../lib/ui/card/CreateEventForm';

afterEach(cleanup);

describe('the create-event form', () => {
  it('marks required fields in words and for assistive technology', () => {
    render(<CreateEventForm quote="talks in Ankara" onCreate={async () => {}} />);
    for (const id of ['create-title', 'create-date', 'create-country']) {
      const input = screen.getByTestId(id);
      expect(input.getAttribute('aria-required'), id).toBe('true');
      expect(input.closest('label')!.textContent, id).toContain('(required)');
    }
    expect(screen.getByTestId('create-city').hasAttribute('aria-required')).toBe(false);
    expect(screen.getByTestId('create-city').closest('label')!.textContent).not.toContain('required');
  });
});

describe('the create-event form starts from the quote', () => {
  it('prefers a title built from the place and date over the quote, and keeps what the caller knows', () => {
    expect(initialFields('the talks in Riyadh in February 2025', { title: 'Talks in Riyadh in February 2025', start: '2025-03-01' })).toEqual({
      title: 'US–Russia talks in Riyadh, February 2025', start: '2025-02', city: 'Riyadh', country: 'Saudi Arabia', kind: 'working-level', status: 'held',
    });
    // Nothing to build from: the caller's title (the quote as a name) stays.
    expect(initialFields('the quiet channel', { title: 'Quiet channel' }).title).toBe('Quiet channel');
    expect(initialFields('the summit in Alaska', { country: 'USA' })).toMatchObject({ country: 'USA', kind: 'summit' });
  });
});
