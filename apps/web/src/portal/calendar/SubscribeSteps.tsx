/** How to subscribe in the three calendar apps workers use most. */
export function SubscribeSteps() {
  return (
    <div className="portal-steps">
      <h3 className="portal-steps__title">Add it to your calendar</h3>
      <dl>
        <dt>Google Calendar</dt>
        <dd>
          On a computer, open calendar.google.com. Next to <em>Other calendars</em> choose <strong>+</strong>, then <strong>From URL</strong>, paste the
          link and choose <strong>Add calendar</strong>. It then shows on your phone too.
        </dd>
        <dt>Apple Calendar</dt>
        <dd>
          On iPhone: <strong>Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar</strong>, paste the link. On a Mac:{' '}
          <strong>File → New Calendar Subscription</strong>.
        </dd>
        <dt>Outlook</dt>
        <dd>
          In Outlook on the web: <strong>Add calendar → Subscribe from web</strong>, paste the link, give it a name and choose{' '}
          <strong>Import</strong>.
        </dd>
      </dl>
      <p className="muted">
        Calendar apps fetch subscribed calendars every few hours, so a newly accepted shift can take a while to appear. Keep the link to yourself:
        anyone who has it can see your shifts.
      </p>
    </div>
  );
}
