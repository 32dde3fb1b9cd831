import { useQuery } from '@apollo/client/react';
import { Component, lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { ROLE_INHERITANCE_QUERY } from '../graphql/roles.graphql';
import { inheritanceView } from '../inheritance-view';
import { RoleInheritanceList } from './RoleInheritanceList';

// React Flow and dagre weigh more than the rest of the role page: fetched only when drawn.
const RoleInheritanceGraph = lazy(() => import('./RoleInheritanceGraph'));

/** Shows `fallback` instead of a drawing that could not load (a chunk gone after a deploy, a dropped connection). */
class DrawingBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Issue 17: where the role sits among the roles it inherits from and those inheriting from it. */
export function RoleInheritanceSection({ roleId }: { roleId: string }) {
  const { data, error } = useQuery(ROLE_INHERITANCE_QUERY, { variables: { id: roleId }, fetchPolicy: 'cache-and-network' });
  const [asList, setAsList] = useState(false);
  const graph = data?.role.id === roleId ? data.role.inheritanceGraph : undefined;
  const view = useMemo(() => (graph ? inheritanceView(graph, roleId) : null), [graph, roleId]);
  const self = view?.roles.find((role) => role.kinship === 'self')?.name ?? 'this role';
  const label = `Inheritance of ${self}`;

  return (
    <section className="card role-detail__wide" aria-labelledby="role-inheritance-title">
      <div className="role-inheritance__header">
        <h2 className="card__title" id="role-inheritance-title">
          Inheritance graph
        </h2>
        {view && view.links.length > 0 && (
          <Button variant="ghost" aria-pressed={asList} onClick={() => setAsList((list) => !list)}>
            Show as list
          </Button>
        )}
      </div>
      <p className="card__lead" id="role-inheritance-summary">
        {view ? `${view.summary} Each link counts the permissions it passes down that the inheriting role does not hold itself.` : 'Roles this role inherits from, and roles inheriting from it.'}
      </p>
      {error && !view && <Alert title="Could not load the inheritance graph">{errorDetails(error).message}</Alert>}
      {!view && !error && <Loading label="Loading the inheritance graph…" />}
      {view &&
        view.links.length > 0 &&
        (asList ? (
          <RoleInheritanceList view={view} label={label} />
        ) : (
          <DrawingBoundary
            fallback={
              <>
                <Alert title="The graph could not be drawn">Here are the same links as a list. Reload the page to try the graph again.</Alert>
                <RoleInheritanceList view={view} label={label} />
              </>
            }
          >
            <Suspense fallback={<Loading label="Drawing the inheritance graph…" />}>
              <RoleInheritanceGraph view={view} label={label} describedBy="role-inheritance-summary" />
            </Suspense>
          </DrawingBoundary>
        ))}
    </section>
  );
}
