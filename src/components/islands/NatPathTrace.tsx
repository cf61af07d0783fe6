/**
 * The trace as tables, one per phase: every message and the packet at every
 * device. This is also the text alternative for the diagram, and it is fully
 * rendered on the server, so the default scenario reads without JavaScript.
 */
import { formatEndpoint, type NatPathResult } from '../../lib/natpath';
import {
  HOP_STATUS_LABELS,
  PHASE_STATUS_LABELS,
  STEP_STATUS_LABELS,
  describePacketShape,
  describeStepPayload,
} from '../../lib/natpath/view-model';
import { Heading, type HeadingLevel } from './NatPathHeading';

interface NatPathTraceProps {
  readonly result: NatPathResult;
  readonly headingLevel: HeadingLevel;
}

export function NatPathTrace({ result, headingLevel }: NatPathTraceProps) {
  const labels = new Map(result.hops.map((hop) => [hop.id, hop.label]));
  return (
    <div className="kb-natpath__trace">
      {result.phases.map((phase) => (
        <div key={phase.id} className={`kb-natpath__phase kb-natpath__phase--${phase.status}`}>
          <Heading level={headingLevel} className="kb-natpath__phase-title">
            {phase.title} <span className="kb-natpath__phase-status">({PHASE_STATUS_LABELS[phase.status]})</span>
          </Heading>
          <p>{phase.summary}</p>
          {phase.steps.length > 0 ? (
            // Wide tables scroll sideways; keyboard users need to focus the wrapper to scroll (axe: scrollable-region-focusable).
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            <div className="kb-natpath__table-wrap" tabIndex={0} role="region" aria-label={`Packets of ${phase.title}`}>
              <table className="kb-natpath__table">
                <thead>
                  <tr>
                    <th scope="col">Message</th>
                    <th scope="col">Device</th>
                    <th scope="col">Status</th>
                    <th scope="col">Packet</th>
                    <th scope="col">Source</th>
                    <th scope="col">Destination</th>
                    <th scope="col">What happens</th>
                  </tr>
                </thead>
                {phase.steps.map((step) => {
                  const payload = describeStepPayload(step);
                  return (
                    <tbody key={step.id} className={`kb-natpath__step kb-natpath__step--${step.status}`}>
                      {step.hops.map((view, index) => (
                        <tr key={view.hop} className={`kb-natpath__row kb-natpath__row--${view.status}`}>
                          {index === 0 ? (
                            <th scope="rowgroup" rowSpan={step.hops.length}>
                              {step.title}
                              <span className="kb-natpath__step-status"> ({STEP_STATUS_LABELS[step.status]})</span>
                              <span className="kb-natpath__step-payload">{payload}</span>
                            </th>
                          ) : null}
                          <td>{labels.get(view.hop) ?? view.hop}</td>
                          <td>{HOP_STATUS_LABELS[view.status]}</td>
                          <td>
                            {view.packet ? describePacketShape(view.packet) : '—'}
                            {view.packet && view.packet.payload !== payload ? `: ${view.packet.payload}` : ''}
                          </td>
                          <td className="kb-natpath__address">{view.packet ? formatEndpoint(view.packet.src) : '—'}</td>
                          <td className="kb-natpath__address">{view.packet ? formatEndpoint(view.packet.dst) : '—'}</td>
                          <td>{view.note ?? ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  );
                })}
              </table>
            </div>
          ) : null}
        </div>
      ))}
    </div>
  );
}
