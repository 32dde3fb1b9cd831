import { Link } from 'react-router';
import { permissionCount, type GraphRole, type InheritanceView } from '../inheritance-view';

function RoleName({ role }: { role: GraphRole }) {
  if (role.kinship === 'self') return <strong aria-current="page">{role.name}</strong>;
  return <Link to={`/settings/roles/${role.id}`}>{role.name}</Link>;
}

/** The graph as text: one sentence per link, each role a link to its page. */
export function RoleInheritanceList({ view, label }: { view: InheritanceView; label: string }) {
  return (
    <ul className="role-inheritance__list" aria-label={label}>
      {view.links.map((link) => (
        <li key={link.id}>
          <RoleName role={link.child} /> inherits from <RoleName role={link.parent} /> ({permissionCount(link.count)})
        </li>
      ))}
    </ul>
  );
}
