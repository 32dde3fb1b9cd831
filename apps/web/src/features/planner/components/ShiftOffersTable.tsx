import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { WITHDRAW_SHIFT_OFFER_MUTATION, type ShiftDetail } from '../graphql/shifts.graphql';
import { formatDateTime } from '../format';
import { OfferStatusBadge } from './PlannerBadges';

type Offer = ShiftDetail['offers'][number];

export interface ShiftOffersTableProps {
  offers: ShiftDetail['offers'];
  canWithdraw: boolean;
}

/** Who was offered the shift and how they answered; open and accepted offers can be withdrawn. */
export function ShiftOffersTable({ offers, canWithdraw }: ShiftOffersTableProps) {
  const [withdraw] = useMutation(WITHDRAW_SHIFT_OFFER_MUTATION);
  const [withdrawingId, setWithdrawingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function withdrawOffer(offer: Offer) {
    setError(null);
    setWithdrawingId(offer.id);
    try {
      await withdraw({ variables: { offerId: offer.id } });
    } catch (caught) {
      setError(errorDetails(caught).message);
    } finally {
      setWithdrawingId(null);
    }
  }

  return (
    <section className="stack" aria-labelledby="offers-heading">
      <h2 className="planner-section-title" id="offers-heading">
        Offers and responses
      </h2>
      {error && <Alert title="Not withdrawn">{error}</Alert>}
      {offers.length === 0 ? (
        <p className="muted">Not offered to anyone yet.</p>
      ) : (
        <DataTable<Offer>
          caption="Offers"
          columns={[
            {
              key: 'worker',
              header: 'Worker',
              isRowHeader: true,
              render: (offer) => <Link to={`/planner/users/${offer.worker.id}`}>{offer.worker.displayName}</Link>,
            },
            { key: 'status', header: 'Response', render: (offer) => <OfferStatusBadge status={offer.status} /> },
            { key: 'offered', header: 'Offered', render: (offer) => formatDateTime(offer.offeredAt) },
            {
              key: 'responded',
              header: 'Answered',
              render: (offer) => (offer.respondedAt ? formatDateTime(offer.respondedAt) : <span className="muted">—</span>),
            },
            ...(canWithdraw
              ? [
                  {
                    key: 'actions',
                    header: 'Actions',
                    render: (offer: Offer) =>
                      offer.status === 'OFFERED' || offer.status === 'ACCEPTED' ? (
                        <Button variant="ghost" pending={withdrawingId === offer.id} aria-label={`Withdraw offer to ${offer.worker.displayName}`} onClick={() => void withdrawOffer(offer)}>
                          Withdraw
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
          rows={[...offers]}
          rowKey={(offer) => offer.id}
        />
      )}
    </section>
  );
}
