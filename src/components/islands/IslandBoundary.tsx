/**
 * The error boundary every island renders inside: if rendering throws, the
 * area shows what went wrong and a way to try again instead of going blank.
 * Place one around an island's whole tree (the last resort) and one around
 * its results, below the input, so the reader's text stays on screen:
 *
 *   <IslandBoundary tool="ProfileXML linter" resetKey={text}>…results…</IslandBoundary>
 *
 * A new `resetKey` (the input) clears the error, so editing the input retries.
 */
import { Component, type ReactNode } from 'react';
import '../../styles/tools/island-boundary.css';

export interface IslandBoundaryProps {
  /** The tool's name as the reader knows it, for the message. */
  readonly tool: string;
  /** What is still usable when the area fails, e.g. "Your input is kept above; edit it to try again." */
  readonly hint?: string;
  /** Any value; when it changes, a failed area renders its children again. */
  readonly resetKey?: unknown;
  readonly children: ReactNode;
}

interface IslandBoundaryState {
  readonly error: Error | undefined;
  /** The resetKey the current error (or success) belongs to. */
  readonly key: unknown;
}

export class IslandBoundary extends Component<IslandBoundaryProps, IslandBoundaryState> {
  constructor(props: IslandBoundaryProps) {
    super(props);
    this.state = { error: undefined, key: props.resetKey };
  }

  static getDerivedStateFromError(thrown: unknown): Partial<IslandBoundaryState> {
    return { error: thrown instanceof Error ? thrown : new Error(String(thrown)) };
  }

  /** A new input clears the error, so the same input does not retry in a loop and an edited one does. */
  static getDerivedStateFromProps(props: IslandBoundaryProps, state: IslandBoundaryState): Partial<IslandBoundaryState> | null {
    return Object.is(props.resetKey, state.key) ? null : { error: undefined, key: props.resetKey };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    return (
      <div className="kb-island-error" role="alert">
        <p>
          <strong>The {this.props.tool} stopped on this input.</strong> What went wrong: {error.message || error.name}.
        </p>
        <p>{this.props.hint ?? 'Nothing was sent anywhere. Try again, or reload the page.'}</p>
        <button
          type="button"
          className="kb-button kb-button--secondary"
          onClick={() => {
            this.setState({ error: undefined });
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}
