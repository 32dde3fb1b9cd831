import type { MatrixCell } from '../graphql/permissions.graphql';

export interface CellText {
  /** The state in words, for the checkbox's accessible name. */
  state: string;
  /** The short note shown under the checkbox, if any. */
  caption: string | null;
  /** The tooltip: the full reason or source. */
  title: string;
  /** Held (own or inherited) but inactive: a prerequisite is missing. */
  inactive: boolean;
}

const list = (keys: readonly string[], nameOf: (key: string) => string) => keys.map(nameOf).join(', ');

/** What one cell of the All roles grid says, to the eye (caption, tooltip) and to a screen reader. */
export function cellText(cell: MatrixCell, nameOf: (key: string) => string): CellText {
  const sources = cell.inheritedFrom.map((from) => from.roleName);
  const sourceNote = sources.length > 1 ? `${sources[0]} +${sources.length - 1}` : (sources[0] ?? '');
  const paths = cell.inheritedFrom.map((from) => `Inherited from ${from.roleName} (${from.path.join(' → ')})`).join('\n');
  const held = cell.state === 'GRANTED' || cell.state === 'INHERITED';
  const inactive = held && cell.missing.length > 0;
  const needs = `needs ${list(cell.missing, nameOf)}`;

  switch (cell.state) {
    case 'GRANTED':
      return {
        state: ['granted', sources.length > 0 && `also inherited from ${sources.join(', ')}`, inactive && `inactive, ${needs}`]
          .filter(Boolean)
          .join('; '),
        caption: inactive ? 'inactive' : sources.length > 0 ? `also ${sourceNote}` : null,
        title: ['Granted', paths, inactive && `Inactive — ${needs}`].filter(Boolean).join('\n'),
        inactive,
      };
    case 'INHERITED':
      return {
        state: [`inherited from ${sources.join(', ')}, change it on the parent role`, inactive && `inactive, ${needs}`].filter(Boolean).join('; '),
        caption: `from ${sourceNote}`,
        title: [paths, inactive && `Inactive — ${needs}`].filter(Boolean).join('\n'),
        inactive,
      };
    case 'UNAVAILABLE':
      return {
        state: `not granted, ${needs}`,
        caption: `needs ${nameOf(cell.missing[0] ?? '')}${cell.missing.length > 1 ? ` +${cell.missing.length - 1}` : ''}`,
        title: `Needs: ${list(cell.missing, nameOf)} — ticking it offers to grant them too`,
        inactive: false,
      };
    default:
      return { state: 'not granted', caption: null, title: 'Not granted', inactive: false };
  }
}
