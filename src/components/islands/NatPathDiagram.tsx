/**
 * SVG diagram of one message: the devices from client (top) to RRAS (bottom),
 * the packet as it leaves each one, and where it is translated or dropped.
 * Colours come from CSS classes only (strict CSP: no style attributes); every
 * state is also written out in text.
 */
import { formatEndpoint, type NatPathResult, type Step } from '../../lib/natpath';
import { HOP_STATUS_LABELS, describeStepForScreenReaders, describePacketSplit, describeTransport } from '../../lib/natpath/view-model';

interface NatPathDiagramProps {
  readonly result: NatPathResult;
  readonly step: Step;
  readonly idPrefix: string;
}

const WIDTH = 640;
const ROW = 84;
const BOX_X = 16;
const BOX_WIDTH = 230;
const BOX_HEIGHT = 56;
const TEXT_X = 270;
const TOP = 16;

function isTouched(step: Step, hop: string | undefined): boolean {
  const view = step.hops.find((candidate) => candidate.hop === hop);
  return view !== undefined && (view.packet !== null || view.status === 'bypassed');
}

export function NatPathDiagram({ result, step, idPrefix }: NatPathDiagramProps) {
  const rows = result.hops;
  const height = TOP * 2 + rows.length * ROW - (ROW - BOX_HEIGHT);
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const markerId = `${idPrefix}-arrow`;
  const isUp = step.direction === 's2c';
  const serverCount = result.topology.edge === 'none' ? 1 : result.topology.servers;

  return (
    <svg
      className="kb-natpath__svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{`Path of the ${step.title}`}</title>
      <desc id={descId}>{describeStepForScreenReaders(result, step)}</desc>
      <defs>
        <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="kb-natpath__arrowhead" />
        </marker>
      </defs>
      {rows.slice(0, -1).map((hop, index) => {
        const x = BOX_X + BOX_WIDTH / 2;
        const y1 = TOP + index * ROW + BOX_HEIGHT;
        const y2 = TOP + (index + 1) * ROW;
        // A link is travelled when the message touched the devices at both of its ends.
        const isTravelled = isTouched(step, hop.id) && isTouched(step, rows[index + 1]?.id);
        return (
          <line
            key={`link-${hop.id}`}
            x1={x}
            y1={isUp ? y2 : y1}
            x2={x}
            y2={isUp ? y1 : y2}
            className={isTravelled ? 'kb-natpath__link kb-natpath__link--active' : 'kb-natpath__link'}
            markerEnd={isTravelled ? `url(#${markerId})` : undefined}
          />
        );
      })}
      {rows.map((hop, index) => {
        const y = TOP + index * ROW;
        const view = step.hops.find((candidate) => candidate.hop === hop.id);
        const status = view?.status ?? 'not-reached';
        const packet = view?.packet ?? null;
        const label = hop.id === 'rras' && step.server !== null && serverCount > 1 ? `RRAS ${step.server} of ${serverCount}` : hop.label;
        const split = packet ? describePacketSplit(packet) : '';
        return (
          <g key={hop.id} className={`kb-natpath__node kb-natpath__node--${status}`}>
            <rect x={BOX_X} y={y} width={BOX_WIDTH} height={BOX_HEIGHT} rx="6" className="kb-natpath__box" />
            <text x={BOX_X + 12} y={y + 23} className="kb-natpath__node-label">
              {label}
            </text>
            <text x={BOX_X + 12} y={y + 44} className="kb-natpath__node-status">
              {status === 'dropped' ? '✕ ' : ''}
              {HOP_STATUS_LABELS[status]}
            </text>
            {packet ? (
              <text x={TEXT_X} y={y + 17} className="kb-natpath__packet">
                <tspan x={TEXT_X}>{`${describeTransport(packet)}${split ? `, ${split}` : ''}`}</tspan>
                <tspan x={TEXT_X} dy="18">{`from ${formatEndpoint(packet.src)}`}</tspan>
                <tspan x={TEXT_X} dy="18">{`to ${formatEndpoint(packet.dst)}`}</tspan>
              </text>
            ) : (
              <text x={TEXT_X} y={y + 33} className="kb-natpath__packet kb-natpath__packet--none">
                {status === 'bypassed' ? 'The reply does not pass through here' : 'No packet here'}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
