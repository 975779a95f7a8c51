import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mentorSessions } from '../../src/db/schema/index.ts';
import { mentorId } from '../../src/db/seed/accounts.ts';
import { MENTOR_PASSWORD } from '../../src/db/seed/index.ts';
import { asSystem } from '../../src/db/tx.ts';
import {
  browserSuite,
  openPage,
  screenshot,
  sendChat,
  signInInBrowser,
  signUpInBrowser,
  tokenOf,
} from '../helpers/browser.ts';
import { browserBackends } from '../helpers/db.ts';

describe.each(browserBackends)('the mentor console, live, on %s', (backend) => {
  const s = browserSuite(backend);

  it('alerts the mentor when a user books through chat and confirms, then completes a started session', async () => {
    // The mentor, in a browser of their own, has the console open.
    const mentor = await openPage(s.browser, s.app);
    await signInInBrowser(mentor.page, 'amara.okafor@nightchill.local', MENTOR_PASSWORD);
    await mentor.page.getByRole('link', { name: 'Mentor' }).click();
    await mentor.page.getByRole('heading', { name: 'Mentor console' }).waitFor();

    // The user books through the assistant, which proposes first; the user confirms.
    const user = await openPage(s.browser, s.app);
    await signUpInBrowser(user.page, `sam_${randomUUID().slice(0, 8)}`, 'Sam Rivers');
    await user.page.getByRole('button', { name: 'I understand and agree' }).click();
    await sendChat(user.page, 'Book Amara for tomorrow at 3pm');
    const proposal = user.page.getByTestId('message-assistant').filter({ hasText: 'Amara Okafor' }).last();
    await proposal.getByRole('button', { name: 'Confirm' }).waitFor({ timeout: 20_000 });
    expect(await mentor.page.getByTestId('session').count()).toBe(0);
    await proposal.getByRole('button', { name: 'Confirm' }).click();
    await user.page.getByTestId('tool-chip').filter({ hasText: 'Checked the calendar' }).last().waitFor();

    // The mentor sees it at once: a toast, the alert list, the new session highlighted, the tab badge.
    await mentor.page
      .getByTestId('toast')
      .filter({ hasText: 'New session booked with Sam Rivers' })
      .waitFor();
    await mentor.page.getByTestId('mentor-alerts').getByText('New session booked').waitFor();
    const row = mentor.page.getByTestId('upcoming').getByTestId('session').filter({ hasText: 'Sam Rivers' });
    await row.waitFor();
    expect(await row.getAttribute('class')).toContain('fresh');
    expect(await row.getByRole('button', { name: 'Complete' }).isDisabled()).toBe(true);
    if (backend === 'pglite') await screenshot(mentor.page, 'mentor-console');

    // A session that is over can be completed (one that has started, marked a no-show).
    const me = await tokenOf(user.page);
    const profile = await s.app.api('GET', '/api/me', { token: me });
    await asSystem(s.app.deps.database.db, (tx) =>
      tx.insert(mentorSessions).values({
        mentorId: mentorId('amara.okafor'),
        userId: profile.body.user.id,
        scheduledAt: new Date(Date.now() - 32 * 60_000),
        durationMinutes: 30,
        sessionType: 'virtual',
      }),
    );
    await mentor.page.reload();
    await mentor.page.getByRole('heading', { name: 'Mentor console' }).waitFor();
    const started = mentor.page.getByTestId('session').filter({ hasText: '30 min' });
    await started.getByRole('button', { name: 'Complete' }).click();
    await started.getByText('completed').waitFor();
    await mentor.page.getByTestId('toast').filter({ hasText: 'marked completed' }).waitFor();

    expect(mentor.errors).toEqual([]);
    expect(user.errors).toEqual([]);
    await mentor.context.close();
    await user.context.close();
  });
});
