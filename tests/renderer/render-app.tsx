import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { App } from '../../renderer/src/App';
import { installFakeKling, type FakeKling } from './fake-kling';

type Handlers = Parameters<typeof installFakeKling>[0];

/** Renders the whole window against a scripted main, the way the app starts. */
export function renderApp(handlers: Handlers = {}, ui: ReactElement = <App />) {
  const fake: FakeKling = installFakeKling(handlers);
  const user = userEvent.setup();
  const view = render(ui);
  return { fake, user, ...view };
}
