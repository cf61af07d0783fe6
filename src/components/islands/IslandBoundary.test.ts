import { describe, expect, it } from 'vitest';
import { IslandBoundary } from './IslandBoundary';

const props = (resetKey: unknown) => ({ tool: 'ProfileXML linter', resetKey, children: null });

describe('IslandBoundary', () => {
  it('keeps what was thrown as the error to show', () => {
    expect(IslandBoundary.getDerivedStateFromError(new RangeError('Maximum call stack size exceeded')).error?.message).toBe(
      'Maximum call stack size exceeded',
    );
  });

  it('turns a thrown value that is not an Error into one', () => {
    expect(IslandBoundary.getDerivedStateFromError('broken').error?.message).toBe('broken');
  });

  it('keeps the error while the input that caused it is unchanged', () => {
    const failed = { error: new Error('x'), key: 'same input' };
    expect(IslandBoundary.getDerivedStateFromProps(props('same input'), failed)).toBeNull();
  });

  it('clears the error when the input changes, so the edited input is tried', () => {
    const failed = { error: new Error('x'), key: 'old input' };
    expect(IslandBoundary.getDerivedStateFromProps(props('new input'), failed)).toEqual({ error: undefined, key: 'new input' });
  });
});
